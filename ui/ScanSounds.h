#pragma once
// ui: the sounds a scan makes, so the packer hears whether it was accepted or refused without looking: short
// tones synthesised in code (no audio assets), played through Qt Multimedia's QSoundEffect.

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QtGlobal>

#include <array>
#include <memory>

class QMediaDevices;
class QSettings;
class QSoundEffect;
class QTemporaryDir;

namespace saypro {

class Settings;

/// Plays one cue per scan result. The tones are 16-bit PCM mono 44.1 kHz WAV data made by synthesise(),
/// written once into a private temporary folder and loaded into one QSoundEffect per cue (loading happens off
/// the GUI thread inside Qt Multimedia; play() only starts an already loaded sink).
///
/// A cue played while another still sounds stops it and starts from its beginning: only the newest result is
/// heard. Without an audio output (CI, a station with no speaker) nothing is written or loaded, play() stays
/// silent, and this is logged once at info level (saypro.station.ui); an output that appears later (a USB
/// headset plugged in) is picked up. played() and lastCue() work either way, so tests can see what a scan
/// would have sounded like.
///
/// Whether sounds are on and how loud they are is kept in the station's settings file under "sound/enabled"
/// (default true) and "sound/volume" (default 0.8).
class ScanSounds final : public QObject
{
    Q_OBJECT

public:
    enum class Cue {
        Accepted,  ///< a short bright rising chirp of two notes (120 ms)
        Refused,   ///< a low buzz in two pulses (350 ms)
        Attention, ///< three rising notes: pack closed, an instruction to read (400 ms)
    };
    Q_ENUM(Cue)

    static constexpr int SampleRate = 44100;

    /// Sounds whose on/off and volume live in the same file as `settings` (Settings::fileName()).
    explicit ScanSounds(const Settings& settings, QObject* parent = nullptr);
    ~ScanSounds() override;

    /// Plays `cue` (restarting it, and stopping any other cue still sounding) and emits played(); does nothing
    /// while disabled. Never blocks: with no audio output it only records and emits.
    void play(Cue cue);

    bool isEnabled() const { return m_enabled; }
    /// Turns sounds on or off and stores the choice; turning off silences a cue that is still sounding.
    void setEnabled(bool enabled);
    /// Loudness as a slider position from 0 (silent) to 1 (full); applied on a logarithmic scale.
    qreal volume() const { return m_volume; }
    /// Sets and stores the loudness, clamped to [0, 1].
    void setVolume(qreal volume);

    /// The cue most recently played (while enabled); meaningful once playCount() is above 0.
    Cue lastCue() const { return m_lastCue; }
    /// How many cues were played (while enabled) since construction.
    int playCount() const { return m_playCount; }
    /// True when an audio output was found and the cues are loaded (or loading) into it.
    bool hasAudioOutput() const { return !m_deviceId.isEmpty(); }

    /// The WAV file bytes (RIFF, PCM 16-bit mono, SampleRate) of `cue`, made in code. Deterministic.
    static QByteArray synthesise(Cue cue);
    /// How long `cue` lasts in milliseconds (its WAV holds exactly durationMs * SampleRate / 1000 samples).
    static int durationMs(Cue cue);
    /// Stable, untranslated name of a cue: "accepted", "refused", "attention".
    static QString cueKey(Cue cue);

Q_SIGNALS:
    /// `cue` was played (emitted whether or not an audio output exists; not emitted while disabled).
    void played(saypro::ScanSounds::Cue cue);

private:
    static constexpr int CueCount = 3;

    void useDefaultOutput();
    bool writeCueFiles();
    void applyVolume();
    void stopAll();
    void reportSilence(const QString& why);

    std::unique_ptr<QSettings> m_settings;
    QMediaDevices* m_devices = nullptr;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::array<QSoundEffect*, CueCount> m_effects{};
    QByteArray m_deviceId; ///< QAudioDevice::id() of the output the cues are loaded into; empty when none
    bool m_enabled = true;
    qreal m_volume = 0.8;
    Cue m_lastCue = Cue::Accepted;
    int m_playCount = 0;
    bool m_silenceReported = false;
    bool m_filesWritten = false;
};

} // namespace saypro
