#include "scanning/ScanInput.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QWindow>

#include <algorithm>

namespace saypro {

namespace {

constexpr QChar Gs(0x1D);
const char* const TypedEntryProperty = "saypro_typedEntry";

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_ScrollLock:
        return true;
    default:
        return false;
    }
}

/// A key that types text a scan can contain: printable characters (or GS, which some scanners send as Ctrl+]),
/// without Ctrl, Alt or Meta (Ctrl+Alt is AltGr on Windows and types characters).
bool isCharacter(Qt::KeyboardModifiers modifiers, const QString& text)
{
    if (text.isEmpty())
        return false;
    if (text == QString(Gs))
        return true;
    const bool altGr = modifiers.testFlag(Qt::ControlModifier) && modifiers.testFlag(Qt::AltModifier);
    if (!altGr && (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

bool isAimIdentifier(QStringView s)
{
    return s.size() >= 3 && s.at(0) == u']' && s.at(1).isLetter() && s.at(1).unicode() < 128 && s.at(2).isDigit() &&
           s.at(2).unicode() < 128;
}

} // namespace

struct ScanInput::Held
{
    QString text;
    int key = 0;
    qint64 at = 0;
    QPointer<QObject> receiver;
    std::unique_ptr<QEvent> press; ///< null when fed through feedKey()
    std::unique_ptr<QEvent> release;
};

ScanInput::ScanInput(QObject* parent, std::function<qint64()> msClock) : QObject(parent), m_clock(std::move(msClock))
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(std::max(now(), m_lastKeyAt + timerMs())); });
}

ScanInput::~ScanInput()
{
    uninstall();
}

void ScanInput::setSettings(const Settings& settings)
{
    if (!m_pending.empty())
        releaseAsTyping();
    m_settings = settings;
}

void ScanInput::install(QObject* target)
{
    uninstall();
    m_target = target;
    if (target)
        target->installEventFilter(this);
}

void ScanInput::uninstall()
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = nullptr;
}

qint64 ScanInput::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

int ScanInput::breakMs() const
{
    return m_settings.suffix == Suffix::None ? std::min(m_settings.maxGapMs, m_settings.idleTimeoutMs)
                                             : m_settings.maxGapMs;
}

int ScanInput::timerMs() const
{
    return m_settings.suffix == Suffix::None ? m_settings.idleTimeoutMs : m_settings.maxGapMs;
}

bool ScanInput::isSuffix(int key, Qt::KeyboardModifiers modifiers) const
{
    switch (m_settings.suffix) {
    case Suffix::Enter:
        return key == Qt::Key_Return || key == Qt::Key_Enter;
    case Suffix::Tab:
        return key == Qt::Key_Tab && !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    case Suffix::None:
        return false;
    }
    return false;
}

bool ScanInput::feed(QChar character, qint64 atMs)
{
    if (character == u'\r' || character == u'\n')
        return feedKey(Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"), atMs);
    if (character == u'\t')
        return feedKey(Qt::Key_Tab, Qt::NoModifier, QStringLiteral("\t"), atMs);
    return feedKey(character.toUpper().unicode(), Qt::NoModifier, QString(character), atMs);
}

bool ScanInput::feedKey(int key, Qt::KeyboardModifiers modifiers, const QString& text, qint64 atMs)
{
    return handlePress(nullptr, nullptr, key, modifiers, text, atMs);
}

void ScanInput::flush(qint64 atMs)
{
    if (!m_pending.empty() && atMs - m_lastKeyAt >= timerMs())
        endBurst(atMs);
}

bool ScanInput::handlePress(QObject* receiver, const QKeyEvent* event, int key, Qt::KeyboardModifiers modifiers,
                            const QString& text, qint64 atMs)
{
    if (isModifierKey(key))
        return false; // Shift for capitals: neither part of nor the end of a burst

    if (!m_pending.empty() && atMs - m_lastKeyAt > breakMs())
        endBurst(atMs); // the burst ended before this key

    if (isSuffix(key, modifiers)) {
        if (m_pending.empty())
            return false;
        const qsizetype start = scanStart();
        if (start < 0) {
            releaseAsTyping();
            return false; // the suffix follows the replayed keys
        }
        m_dropReleases.insert(key);
        acceptScan(start, atMs);
        return true;
    }

    if (!isCharacter(modifiers, text)) {
        // Backspace, arrows, shortcuts...: a person is at the keyboard
        if (!m_pending.empty())
            releaseAsTyping();
        return false;
    }

    auto held = std::make_unique<Held>();
    held->text = text;
    held->key = key;
    held->at = atMs;
    held->receiver = receiver;
    if (event)
        held->press.reset(event->clone());
    m_pending.push_back(std::move(held));
    m_lastKeyAt = atMs;
    m_timer.start(timerMs());
    return true;
}

bool ScanInput::handleRelease(const QKeyEvent* event)
{
    const int key = event->key();
    for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
        Held& held = **it;
        if (held.key == key && held.press && !held.release) {
            held.release.reset(event->clone());
            return true;
        }
    }
    return m_dropReleases.remove(key);
}

void ScanInput::endBurst(qint64 atMs)
{
    if (m_pending.empty())
        return;
    if (m_settings.suffix == Suffix::None) {
        const qsizetype start = scanStart();
        if (start >= 0) {
            acceptScan(start, atMs);
            return;
        }
    }
    releaseAsTyping();
}

qsizetype ScanInput::scanStart() const
{
    QString text;
    QList<qsizetype> entryAt; // character offset of each held entry
    for (const auto& held : m_pending) {
        entryAt.append(text.size());
        text += held->text;
    }
    qsizetype first = 0;
    qsizetype offset = 0;
    if (!m_settings.prefix.isEmpty()) {
        offset = text.indexOf(m_settings.prefix);
        if (offset < 0)
            return -1;
        first = entryAt.indexOf(offset);
        if (first < 0)
            return -1; // the prefix starts inside an entry: not a scanner's keystrokes
        offset += m_settings.prefix.size();
    }
    QStringView code = QStringView(text).mid(offset);
    if (isAimIdentifier(code))
        code = code.mid(3);
    return code.size() >= m_settings.minLength ? first : -1;
}

void ScanInput::acceptScan(qsizetype first, qint64 atMs)
{
    if (first > 0) {
        // Stray typing before the prefix: hand it back first.
        std::vector<std::unique_ptr<Held>> scan;
        std::move(m_pending.begin() + first, m_pending.end(), std::back_inserter(scan));
        m_pending.erase(m_pending.begin() + first, m_pending.end());
        releaseAsTyping();
        m_pending = std::move(scan);
    }
    QString code;
    for (const auto& held : m_pending) {
        code += held->text;
        if (held->press && !held->release)
            m_dropReleases.insert(held->key);
    }
    m_pending.clear();
    m_timer.stop();

    code.remove(0, m_settings.prefix.size());
    QString symbology;
    if (isAimIdentifier(code)) {
        symbology = code.left(3);
        code.remove(0, 3);
    }
    if (!m_settings.gsStandIn.isNull())
        code.replace(m_settings.gsStandIn, Gs);

    if (m_haveLastScan && code == m_lastCode && symbology == m_lastSymbology &&
        atMs - m_lastScanAt < m_settings.duplicateWindowMs) {
        m_lastScanAt = atMs;
        qCDebug(lcScanning) << "repeated read dropped:" << code;
        Q_EMIT duplicateSuppressed(code);
        return;
    }
    m_haveLastScan = true;
    m_lastCode = code;
    m_lastSymbology = symbology;
    m_lastScanAt = atMs;
    qCDebug(lcScanning) << "scan" << symbology << code;
    Q_EMIT scanned(code, symbology);
}

void ScanInput::releaseAsTyping()
{
    std::vector<std::unique_ptr<Held>> held = std::move(m_pending);
    m_pending.clear();
    m_timer.stop();
    QString text;
    const QEvent* const outer = m_replaying;
    for (const auto& h : held) {
        text += h->text;
        if (!h->receiver)
            continue;
        // Replayed events pass the filter untouched (also when QApplication propagates them to a parent).
        if (h->press) {
            m_replaying = h->press.get();
            QCoreApplication::sendEvent(h->receiver, h->press.get());
        }
        if (h->release && h->receiver) {
            m_replaying = h->release.get();
            QCoreApplication::sendEvent(h->receiver, h->release.get());
        }
    }
    m_replaying = outer;
    if (!text.isEmpty())
        Q_EMIT typed(text);
}

bool ScanInput::isTypedEntry(QObject* receiver) const
{
    // A modal dialog (a short-pick choice, a supervisor's override, the connection settings) is answered by a
    // person: its keys are never taken for a scan, and no scan reaches the screen behind it.
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) && QGuiApplication::modalWindow())
        return true;
    QObject* object = receiver;
    if (auto* window = qobject_cast<QWindow*>(receiver))
        object = window->focusObject();
    // A field for secrets (a password, a token) gets its keys as they are.
    if (object) {
        QInputMethodQueryEvent query(Qt::ImHints);
        QCoreApplication::sendEvent(object, &query);
        const auto hints = Qt::InputMethodHints(query.value(Qt::ImHints).toInt());
        if (hints & (Qt::ImhHiddenText | Qt::ImhSensitiveData))
            return true;
    }
    for (; object; object = object->parent()) {
        if (object->property(TypedEntryProperty).toBool())
            return true;
        if (object->isWindowType())
            break;
    }
    return false;
}

bool ScanInput::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::ShortcutOverride)
        return false;
    if (event == m_replaying)
        return false;
    const bool applicationWide = !m_target || m_target == QCoreApplication::instance();
    // A widget window forwards the key event to its focus widget, where it is handled (and where events sent
    // straight to a widget, as QTest does, arrive too).
    if (applicationWide && watched->isWindowType() && watched->inherits("QWidgetWindow"))
        return false;

    auto* keyEvent = static_cast<QKeyEvent*>(event);
    // QApplication offers an ignored key event to the parent widgets: the same event, seen once.
    if (event == m_lastEvent && int(type) == m_lastEventType && keyEvent->key() == m_lastEventKey && m_lastReceiver) {
        for (QObject* child = m_lastReceiver; child; child = child->parent()) {
            if (child->parent() == watched) {
                m_lastReceiver = watched;
                return false;
            }
        }
    }
    m_lastEvent = event;
    m_lastEventType = int(type);
    m_lastEventKey = keyEvent->key();
    m_lastReceiver = watched;

    if (isTypedEntry(watched)) {
        if (!m_pending.empty())
            releaseAsTyping();
        return false;
    }

    if (type == QEvent::ShortcutOverride) {
        // While a burst is held, its next character or suffix must not fire a shortcut.
        if (!m_pending.empty() && !keyEvent->isAutoRepeat() &&
            (isSuffix(keyEvent->key(), keyEvent->modifiers()) ||
             isCharacter(keyEvent->modifiers(), keyEvent->text()))) {
            event->accept();
            return true;
        }
        return false;
    }
    if (type == QEvent::KeyRelease)
        return !keyEvent->isAutoRepeat() && handleRelease(keyEvent);

    if (keyEvent->isAutoRepeat()) {
        // A key held down by a person repeats at scanner-like speed; scanners never auto-repeat.
        if (!m_pending.empty())
            releaseAsTyping();
        return false;
    }
    return handlePress(watched, keyEvent, keyEvent->key(), keyEvent->modifiers(), keyEvent->text(), now());
}

} // namespace saypro
