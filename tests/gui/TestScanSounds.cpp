// ScanSounds: the synthesised cues are well-formed WAV files of the promised lengths, sound different from each
// other and start and end without a click; on/off and volume persist in the station's settings file; played()
// says which cue a scan triggered, and nothing plays while sounds are off. Runs offscreen with no sound server:
// the sounds stay silent and say so once.

#include "ScanSounds.h"

#include "common/Settings.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace saypro;
using Cue = ScanSounds::Cue;

namespace {

quint16 le16(const QByteArray& wav, qsizetype at)
{
    return qFromLittleEndian<quint16>(wav.constData() + at);
}

quint32 le32(const QByteArray& wav, qsizetype at)
{
    return qFromLittleEndian<quint32>(wav.constData() + at);
}

/// The PCM samples after the 44-byte header.
QList<qint16> samples(const QByteArray& wav)
{
    QList<qint16> out;
    for (qsizetype at = 44; at + 1 < wav.size(); at += 2)
        out << qFromLittleEndian<qint16>(wav.constData() + at);
    return out;
}

/// Sign changes per second: a rough pitch.
double crossingsPerSecond(const QList<qint16>& pcm)
{
    int crossings = 0;
    for (qsizetype i = 1; i < pcm.size(); ++i)
        if ((pcm.at(i - 1) < 0) != (pcm.at(i) < 0))
            ++crossings;
    return crossings * double(ScanSounds::SampleRate) / double(pcm.size());
}

QList<QString> g_messages;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void enableUiInfo(QLoggingCategory* category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "saypro.station.ui") == 0)
        category->setEnabled(QtInfoMsg, true);
}

void collect(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArrayView(context.category) == "saypro.station.ui")
        g_messages << message;
}

} // namespace

class TestScanSounds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wavHeaderDescribesPcmMono44k_data();
    void wavHeaderDescribesPcmMono44k();
    void durationsFitTheirPurpose();
    void cuesAreDistinct();
    void tonesStartAndEndAtSilence_data();
    void tonesStartAndEndAtSilence();
    void synthesisIsDeterministic();
    void enabledAndVolumePersist();
    void playedSaysWhichCue();
    void nothingPlaysWhileDisabled();
    void aCuePlayedAgainRestarts();
    void theLogSaysOnceWhetherCuesSound();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestScanSounds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("station.ini")));
}

void TestScanSounds::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestScanSounds::wavHeaderDescribesPcmMono44k_data()
{
    QTest::addColumn<Cue>("cue");
    QTest::newRow("accepted") << Cue::Accepted;
    QTest::newRow("refused") << Cue::Refused;
    QTest::newRow("attention") << Cue::Attention;
}

void TestScanSounds::wavHeaderDescribesPcmMono44k()
{
    QFETCH(Cue, cue);
    const QByteArray wav = ScanSounds::synthesise(cue);
    QVERIFY(wav.size() > 44);
    QCOMPARE(wav.left(4), QByteArray("RIFF"));
    QCOMPARE(le32(wav, 4), quint32(wav.size() - 8));
    QCOMPARE(wav.mid(8, 4), QByteArray("WAVE"));
    QCOMPARE(wav.mid(12, 4), QByteArray("fmt "));
    QCOMPARE(le32(wav, 16), quint32(16));    // fmt chunk size
    QCOMPARE(le16(wav, 20), quint16(1));     // PCM
    QCOMPARE(le16(wav, 22), quint16(1));     // mono
    QCOMPARE(le32(wav, 24), quint32(44100)); // sample rate
    QCOMPARE(le32(wav, 28), quint32(88200)); // bytes per second
    QCOMPARE(le16(wav, 32), quint16(2));     // block align
    QCOMPARE(le16(wav, 34), quint16(16));    // bits per sample
    QCOMPARE(wav.mid(36, 4), QByteArray("data"));
    const quint32 dataBytes = le32(wav, 40);
    QCOMPARE(qsizetype(dataBytes), wav.size() - 44);
    // Exactly durationMs of samples.
    QCOMPARE(qint64(dataBytes), qint64(ScanSounds::durationMs(cue)) * 44100 / 1000 * 2);
}

void TestScanSounds::durationsFitTheirPurpose()
{
    const auto lengthMs = [](Cue cue) { return (ScanSounds::synthesise(cue).size() - 44) / 2 * 1000 / 44100; };
    // Accepted is a short chirp that never holds up the next scan; refused is longer, so it is not missed.
    QVERIFY2(lengthMs(Cue::Accepted) >= 100 && lengthMs(Cue::Accepted) <= 150,
             qPrintable(QString::number(lengthMs(Cue::Accepted))));
    QVERIFY2(lengthMs(Cue::Refused) >= 300 && lengthMs(Cue::Refused) <= 450,
             qPrintable(QString::number(lengthMs(Cue::Refused))));
    QVERIFY2(lengthMs(Cue::Attention) >= 300 && lengthMs(Cue::Attention) <= 600,
             qPrintable(QString::number(lengthMs(Cue::Attention))));
    QVERIFY(lengthMs(Cue::Accepted) * 2 < lengthMs(Cue::Refused));
}

void TestScanSounds::cuesAreDistinct()
{
    const QByteArray accepted = ScanSounds::synthesise(Cue::Accepted);
    const QByteArray refused = ScanSounds::synthesise(Cue::Refused);
    const QByteArray attention = ScanSounds::synthesise(Cue::Attention);
    QVERIFY(accepted != refused);
    QVERIFY(accepted != attention);
    QVERIFY(refused != attention);

    // Refused is a low buzz, accepted a bright high chirp: their pitch differs by far more than an octave.
    const double acceptedPitch = crossingsPerSecond(samples(accepted));
    const double refusedPitch = crossingsPerSecond(samples(refused));
    QVERIFY2(acceptedPitch > 4 * refusedPitch,
             qPrintable(QStringLiteral("accepted %1 crossings/s, refused %2").arg(acceptedPitch).arg(refusedPitch)));

    // Refused has a gap of silence between its two pulses; accepted has none longer than a few milliseconds.
    const auto longestSilenceMs = [](const QList<qint16>& pcm) {
        int longest = 0;
        int run = 0;
        for (qint16 s : pcm) {
            run = std::abs(s) < 50 ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        return longest * 1000 / ScanSounds::SampleRate;
    };
    QVERIFY(longestSilenceMs(samples(refused)) >= 40);
    QVERIFY(longestSilenceMs(samples(accepted)) < 10);
}

void TestScanSounds::tonesStartAndEndAtSilence_data()
{
    wavHeaderDescribesPcmMono44k_data();
}

void TestScanSounds::tonesStartAndEndAtSilence()
{
    QFETCH(Cue, cue);
    const QList<qint16> pcm = samples(ScanSounds::synthesise(cue));
    QVERIFY(!pcm.isEmpty());
    // Attack and release envelopes: no step at either end (a step is what a click is).
    QCOMPARE(pcm.first(), qint16(0));
    QVERIFY2(std::abs(pcm.last()) < 100, qPrintable(QString::number(pcm.last())));
    int peak = 0;
    for (qint16 s : pcm)
        peak = std::max(peak, std::abs(int(s)));
    // Loud enough to hear over a warehouse, never clipped.
    QVERIFY2(peak > 16000 && peak < 32767, qPrintable(QString::number(peak)));
    // The first and last 2 ms rise from and fall to silence gradually.
    const int edge = ScanSounds::SampleRate * 2 / 1000;
    for (int i = 0; i < edge; ++i) {
        QVERIFY2(std::abs(pcm.at(i)) < peak * 3 / 4, qPrintable(QStringLiteral("sample %1").arg(i)));
        QVERIFY2(std::abs(pcm.at(pcm.size() - 1 - i)) < peak * 3 / 4,
                 qPrintable(QStringLiteral("sample %1 from the end").arg(i)));
    }
}

void TestScanSounds::synthesisIsDeterministic()
{
    for (Cue cue : {Cue::Accepted, Cue::Refused, Cue::Attention})
        QCOMPARE(ScanSounds::synthesise(cue), ScanSounds::synthesise(cue));
}

void TestScanSounds::enabledAndVolumePersist()
{
    {
        ScanSounds sounds(*m_settings);
        QVERIFY(sounds.isEnabled());
        QCOMPARE(sounds.volume(), 0.8);
        sounds.setEnabled(false);
        sounds.setVolume(0.35);
        QVERIFY(!sounds.isEnabled());
        QCOMPARE(sounds.volume(), 0.35);
    }
    {
        ScanSounds sounds(*m_settings);
        QVERIFY(!sounds.isEnabled());
        QCOMPARE(sounds.volume(), 0.35);
        // Out of range is clamped, and stored clamped.
        sounds.setVolume(1.7);
        QCOMPARE(sounds.volume(), 1.0);
        sounds.setEnabled(true);
    }
    ScanSounds again(*m_settings);
    QVERIFY(again.isEnabled());
    QCOMPARE(again.volume(), 1.0);
    again.setVolume(-0.5);
    QCOMPARE(again.volume(), 0.0);

    // Kept in the station's settings file, under sound/.
    QSettings file(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("sound/enabled")).toBool(), true);
    QCOMPARE(file.value(QStringLiteral("sound/volume")).toDouble(), 0.0);
}

void TestScanSounds::playedSaysWhichCue()
{
    ScanSounds sounds(*m_settings);
    QSignalSpy spy(&sounds, &ScanSounds::played);
    QCOMPARE(sounds.playCount(), 0);

    sounds.play(Cue::Refused);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Cue>(), Cue::Refused);
    QCOMPARE(sounds.lastCue(), Cue::Refused);

    sounds.play(Cue::Accepted);
    sounds.play(Cue::Attention);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(1).at(0).value<Cue>(), Cue::Accepted);
    QCOMPARE(spy.at(2).at(0).value<Cue>(), Cue::Attention);
    QCOMPARE(sounds.lastCue(), Cue::Attention);
    QCOMPARE(sounds.playCount(), 3);
}

void TestScanSounds::nothingPlaysWhileDisabled()
{
    ScanSounds sounds(*m_settings);
    QSignalSpy spy(&sounds, &ScanSounds::played);
    sounds.play(Cue::Accepted);
    QCOMPARE(spy.count(), 1);

    sounds.setEnabled(false);
    sounds.play(Cue::Refused);
    sounds.play(Cue::Attention);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(sounds.lastCue(), Cue::Accepted);
    QCOMPARE(sounds.playCount(), 1);

    // Off is remembered: a station restarted with sounds off stays quiet.
    ScanSounds restarted(*m_settings);
    QSignalSpy restartedSpy(&restarted, &ScanSounds::played);
    restarted.play(Cue::Refused);
    QCOMPARE(restartedSpy.count(), 0);

    sounds.setEnabled(true);
    sounds.play(Cue::Refused);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(sounds.lastCue(), Cue::Refused);
}

void TestScanSounds::aCuePlayedAgainRestarts()
{
    // Scans in quick succession: every one is heard (played each time), the last one wins.
    ScanSounds sounds(*m_settings);
    QSignalSpy spy(&sounds, &ScanSounds::played);
    for (int i = 0; i < 5; ++i)
        sounds.play(Cue::Accepted);
    sounds.play(Cue::Refused);
    sounds.play(Cue::Refused);
    QCOMPARE(spy.count(), 7);
    QCOMPARE(sounds.lastCue(), Cue::Refused);
    QCOMPARE(sounds.playCount(), 7);
}

void TestScanSounds::theLogSaysOnceWhetherCuesSound()
{
    // ctest turns saypro info messages off through QT_LOGGING_RULES; a category filter turns the ui one back on.
    g_previousFilter = QLoggingCategory::installFilter(enableUiInfo);
    g_messages.clear();
    const QtMessageHandler previousHandler = qInstallMessageHandler(collect);
    bool silent = false;
    {
        ScanSounds sounds(*m_settings);
        silent = !sounds.hasAudioOutput();
        for (int i = 0; i < 3; ++i) {
            sounds.play(Cue::Accepted);
            sounds.play(Cue::Refused);
        }
        QCOMPARE(sounds.playCount(), 6);
    }
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::installFilter(g_previousFilter);
    // Either way the log says once which it is: silent (no device, as on CI) or the device the cues play on.
    QCOMPARE(g_messages.size(), 1);
    const QString expected = silent ? QStringLiteral("scan sounds are silent") : QStringLiteral("scan sounds play on");
    QVERIFY2(g_messages.first().contains(expected), qPrintable(g_messages.first()));
}

QTEST_MAIN(TestScanSounds)
#include "TestScanSounds.moc"
