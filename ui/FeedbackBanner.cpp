#include "FeedbackBanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>

namespace saypro {

namespace {

QFont scaled(const QFont& base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

FeedbackBanner::FeedbackBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("feedbackBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Last result"));

    m_symbol = new QLabel(this);
    m_symbol->setObjectName(QStringLiteral("feedbackSymbol"));
    m_symbol->setFont(scaled(font(), 2.2, true));
    m_symbol->setAlignment(Qt::AlignCenter);
    m_symbol->setMinimumWidth(m_symbol->fontMetrics().horizontalAdvance(QStringLiteral("✓")) + 12);
    // The words carry the meaning; the symbol only repeats it.
    m_symbol->setAccessibleName(QString());

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("feedbackText"));
    m_text->setFont(scaled(font(), 1.5, true));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() + 8);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(12);
    layout->addWidget(m_symbol, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    display(Kind::Neutral, QString());
    connect(this, &QObject::objectNameChanged, this, &FeedbackBanner::applyStyle);
}

void FeedbackBanner::showNeutral(const QString& text)
{
    display(Kind::Neutral, text);
}

void FeedbackBanner::showSuccess(const QString& text)
{
    display(Kind::Success, text);
}

void FeedbackBanner::showProblem(const QString& text)
{
    display(Kind::Problem, text);
}

QString FeedbackBanner::message() const
{
    return m_text->text();
}

QString FeedbackBanner::shownText() const
{
    return m_symbol->text().isEmpty() ? m_text->text() : m_symbol->text() + u' ' + m_text->text();
}

void FeedbackBanner::applyStyle()
{
    // Selected by the banner's own name: a screen may rename it, and the labels inside must not get a frame.
    const QString frame = QStringLiteral("QFrame#") + objectName();
    QString style;
    switch (m_kind) {
    case Kind::Success:
        style = QStringLiteral("%1 { background: #E3F4E4; border: 2px solid #2E7D32; border-radius: 6px; } "
                               "%1 QLabel { color: #0F3D12; background: transparent; border: none; }");
        break;
    case Kind::Problem:
        style = QStringLiteral("%1 { background: #FBE4E2; border: 2px solid #B42318; border-radius: 6px; } "
                               "%1 QLabel { color: #5C0F09; background: transparent; border: none; }");
        break;
    case Kind::Neutral:
        style = QStringLiteral("%1 { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; } "
                               "%1 QLabel { background: transparent; border: none; }");
        break;
    }
    setStyleSheet(style.arg(frame));
}

void FeedbackBanner::display(Kind kind, const QString& text)
{
    m_kind = kind;
    QString symbol;
    QString spoken = text;
    switch (kind) {
    case Kind::Success:
        symbol = QStringLiteral("✓");
        spoken = tr("Done: %1").arg(text);
        break;
    case Kind::Problem:
        symbol = QStringLiteral("✗");
        spoken = tr("Problem: %1").arg(text);
        break;
    case Kind::Neutral:
        break;
    }
    applyStyle();
    m_symbol->setText(symbol);
    m_symbol->setVisible(!symbol.isEmpty());
    m_text->setText(text);
    m_text->setAccessibleName(spoken);
    setAccessibleDescription(spoken);
    if (text.isEmpty())
        return;
    // A screen reader reads the change of the status label as it happens.
    QAccessibleValueChangeEvent event(m_text, spoken);
    QAccessible::updateAccessibility(&event);
    Q_EMIT announced(spoken);
}

} // namespace saypro
