#include "ScanSounds.h"

#include "UiLogging.h"
#include "common/Settings.h"

#include <QAudio>
#include <QAudioDevice>
#include <QDir>
#include <QFile>
#include <QMediaDevices>
#include <QSettings>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace saypro {

namespace {

const QString kEnabledKey = QStringLiteral("sound/enabled");
const QString kVolumeKey = QStringLiteral("sound/volume");
constexpr bool kDefaultEnabled = true;
constexpr qreal kDefaultVolume = 0.8;

/// The colour of a note: a bright bell-like tone, a band-limited square-ish buzz, or a soft near-sine.
enum class Timbre { Bright, Buzz, Soft };

struct Note
{
    int startMs;
    int lengthMs;
    double frequency;
    Timbre timbre;
};

/// What each cue plays. Accepted: E6 then A6, rising. Refused: two pulses of a G3 buzz. Attention: an A major
/// arpeggio A5, C#6, E6 with the last note held.
std::vector<Note> score(ScanSounds::Cue cue)
{
    switch (cue) {
    case ScanSounds::Cue::Accepted:
        return {{0, 55, 1318.51, Timbre::Bright}, {55, 65, 1760.00, Timbre::Bright}};
    case ScanSounds::Cue::Refused:
        return {{0, 150, 196.00, Timbre::Buzz}, {200, 150, 196.00, Timbre::Buzz}};
    case ScanSounds::Cue::Attention:
        return {{0, 100, 880.00, Timbre::Soft}, {125, 100, 1108.73, Timbre::Soft}, {250, 150, 1318.51, Timbre::Soft}};
    }
    return {};
}

double waveform(Timbre timbre, double phase)
{
    switch (timbre) {
    case Timbre::Bright:
        return std::sin(phase) + 0.30 * std::sin(2 * phase) + 0.12 * std::sin(3 * phase);
    case Timbre::Buzz: {
        // Odd harmonics at 1/n up to the 11th (2.2 kHz): a square wave's edge without aliasing, and still heard
        // on small speakers that do not reproduce the 196 Hz fundamental.
        double sum = 0;
        for (int n = 1; n <= 11; n += 2)
            sum += std::sin(n * phase) / n;
        return sum;
    }
    case Timbre::Soft:
        return std::sin(phase) + 0.15 * std::sin(2 * phase);
    }
    return 0;
}

constexpr double kAttackMs = 4.0;
constexpr double kReleaseMs = 12.0;
/// Peak level of every cue: -3 dBFS, leaving headroom for the sink's own mixing.
constexpr double kPeak = 0.7;

/// Raised-cosine attack and release: the note starts and ends at exactly zero, so it never clicks.
double envelope(qsizetype i, qsizetype length)
{
    const double attack = kAttackMs * ScanSounds::SampleRate / 1000.0;
    const double release = kReleaseMs * ScanSounds::SampleRate / 1000.0;
    const auto ramp = [](double x) { return 0.5 - 0.5 * std::cos(std::numbers::pi * std::clamp(x, 0.0, 1.0)); };
    return std::min(ramp(double(i) / attack), ramp(double(length - 1 - i) / release));
}

qsizetype samplesFor(int ms)
{
    return qsizetype(ms) * ScanSounds::SampleRate / 1000;
}

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

ScanSounds::ScanSounds(const Settings& settings, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(settings.fileName(), QSettings::IniFormat)),
      m_devices(new QMediaDevices(this))
{
    m_enabled = m_settings->value(kEnabledKey, kDefaultEnabled).toBool();
    m_volume = std::clamp(m_settings->value(kVolumeKey, kDefaultVolume).toDouble(), 0.0, 1.0);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &ScanSounds::useDefaultOutput);
    useDefaultOutput();
}

ScanSounds::~ScanSounds()
{
    // The effects go before the folder their files are in.
    for (QSoundEffect*& effect : m_effects) {
        delete effect;
        effect = nullptr;
    }
}

void ScanSounds::play(Cue cue)
{
    if (!m_enabled)
        return;
    m_lastCue = cue;
    ++m_playCount;
    if (QSoundEffect* effect = m_effects.at(std::size_t(cue))) {
        // QSoundEffect::play() on a playing effect only stops it: stop first so it starts again from the top.
        stopAll();
        effect->play();
    }
    Q_EMIT played(cue);
}

void ScanSounds::setEnabled(bool enabled)
{
    if (!enabled)
        stopAll();
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_settings->setValue(kEnabledKey, enabled);
    m_settings->sync();
}

void ScanSounds::setVolume(qreal volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    if (qFuzzyCompare(volume + 1, m_volume + 1))
        return;
    m_volume = volume;
    m_settings->setValue(kVolumeKey, volume);
    m_settings->sync();
    applyVolume();
}

void ScanSounds::useDefaultOutput()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (!device.isNull() && device.id() == m_deviceId)
        return;
    for (QSoundEffect*& effect : m_effects) {
        delete effect;
        effect = nullptr;
    }
    m_deviceId.clear();
    if (device.isNull()) {
        reportSilence(QStringLiteral("no audio output device"));
        return;
    }
    if (!writeCueFiles())
        return;
    for (Cue cue : {Cue::Accepted, Cue::Refused, Cue::Attention}) {
        auto* effect = new QSoundEffect(device, this);
        connect(effect, &QSoundEffect::statusChanged, this, [this, effect, cue] {
            if (effect->status() == QSoundEffect::Error)
                reportSilence(QStringLiteral("the %1 cue could not be loaded").arg(cueKey(cue)));
        });
        effect->setSource(QUrl::fromLocalFile(m_folder->filePath(cueKey(cue) + QStringLiteral(".wav"))));
        m_effects.at(std::size_t(cue)) = effect;
    }
    m_deviceId = device.id();
    m_silenceReported = false;
    applyVolume();
    qCInfo(lcUi) << "scan sounds play on" << device.description();
}

bool ScanSounds::writeCueFiles()
{
    if (m_filesWritten)
        return true;
    m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/saypro-sounds-XXXXXX"));
    if (!m_folder->isValid()) {
        reportSilence(QStringLiteral("cannot create a folder for the sounds: ") + m_folder->errorString());
        return false;
    }
    for (Cue cue : {Cue::Accepted, Cue::Refused, Cue::Attention}) {
        QFile file(m_folder->filePath(cueKey(cue) + QStringLiteral(".wav")));
        const QByteArray wav = synthesise(cue);
        if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size()) {
            reportSilence(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
    }
    m_filesWritten = true;
    return true;
}

void ScanSounds::applyVolume()
{
    const auto linear =
        float(QAudio::convertVolume(m_volume, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
    for (QSoundEffect* effect : m_effects)
        if (effect)
            effect->setVolume(linear);
}

void ScanSounds::stopAll()
{
    for (QSoundEffect* effect : m_effects)
        if (effect && effect->isPlaying())
            effect->stop();
}

void ScanSounds::reportSilence(const QString& why)
{
    if (m_silenceReported)
        return;
    m_silenceReported = true;
    qCInfo(lcUi).noquote() << "scan sounds are silent:" << why;
}

int ScanSounds::durationMs(Cue cue)
{
    int end = 0;
    for (const Note& note : score(cue))
        end = std::max(end, note.startMs + note.lengthMs);
    return end;
}

QString ScanSounds::cueKey(Cue cue)
{
    switch (cue) {
    case Cue::Accepted:
        return QStringLiteral("accepted");
    case Cue::Refused:
        return QStringLiteral("refused");
    case Cue::Attention:
        return QStringLiteral("attention");
    }
    return QStringLiteral("unknown");
}

QByteArray ScanSounds::synthesise(Cue cue)
{
    std::vector<double> mix(std::size_t(samplesFor(durationMs(cue))), 0.0);
    for (const Note& note : score(cue)) {
        const qsizetype start = samplesFor(note.startMs);
        const qsizetype length = samplesFor(note.lengthMs);
        const double step = 2 * std::numbers::pi * note.frequency / SampleRate;
        for (qsizetype i = 0; i < length && start + i < qsizetype(mix.size()); ++i)
            mix[std::size_t(start + i)] += envelope(i, length) * waveform(note.timbre, step * double(i));
    }
    double peak = 0;
    for (double v : mix)
        peak = std::max(peak, std::abs(v));
    const double gain = peak > 0 ? kPeak * 32767.0 / peak : 0.0;

    const auto dataBytes = quint32(mix.size() * 2);
    QByteArray wav;
    wav.reserve(44 + qsizetype(dataBytes));
    wav.append("RIFF", 4);
    appendLe32(wav, 36 + dataBytes);
    wav.append("WAVE", 4);
    wav.append("fmt ", 4);
    appendLe32(wav, 16);             // size of the fmt chunk
    appendLe16(wav, 1);              // PCM
    appendLe16(wav, 1);              // mono
    appendLe32(wav, SampleRate);     // samples per second
    appendLe32(wav, SampleRate * 2); // bytes per second
    appendLe16(wav, 2);              // bytes per sample frame
    appendLe16(wav, 16);             // bits per sample
    wav.append("data", 4);
    appendLe32(wav, dataBytes);
    for (double v : mix)
        appendLe16(wav, quint16(qint16(std::clamp(std::lround(v * gain), -32767L, 32767L))));
    return wav;
}

} // namespace saypro
