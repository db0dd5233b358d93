#pragma once
// ui: the status region of a scanning screen: the last result in large type, with a ✓ or ✗ and words
// (never the colour alone), staying until the next one and announced to screen readers. Not a dialog:
// it never swallows the next scan.

#include <QFrame>

class QLabel;

namespace saypro {

class FeedbackBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Neutral, ///< what to do next
        Success, ///< ✓ it worked
        Problem, ///< ✗ it did not
    };

    explicit FeedbackBanner(QWidget* parent = nullptr);

    void showNeutral(const QString& text);
    void showSuccess(const QString& text);
    void showProblem(const QString& text);

    Kind kind() const { return m_kind; }
    /// The message without the symbol.
    QString message() const;
    /// What is shown: the symbol and the message ("✓ Blue Mug: 3 counted").
    QString shownText() const;

Q_SIGNALS:
    /// A result was shown and announced to screen readers; `spoken` is what they read ("Done: …", "Problem: …").
    void announced(const QString& spoken);

private:
    void display(Kind kind, const QString& text);
    void applyStyle();

    Kind m_kind = Kind::Neutral;
    QLabel* m_symbol = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace saypro
