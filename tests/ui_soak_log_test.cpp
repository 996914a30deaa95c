// The soak's log and verdict (widgets/soak_log.h; dyve-studio --soak, issue 13): flat memory and latency
// pass, growth of either and an interval without frames are each named; the process's memory is read for
// real.
#include "models/soak_log.h"

#include <QJsonArray>
#include <QtTest>

#include <cstring>
#include <memory>

using dyve::ui::SoakInterval;
using dyve::ui::SoakLimits;
using dyve::ui::SoakLog;

namespace {

SoakInterval interval(double end, double rssMb, double latencyMs, int frames = 1500) {
    SoakInterval i;
    i.endSeconds = end;
    i.seconds = 60;
    i.rssMb = rssMb;
    i.frames = frames;
    i.latencyMedianMs = latencyMs;
    i.latencyP90Ms = latencyMs * 1.2;
    i.grabbed = 1500;
    i.dropped = 1500 - frames;
    return i;
}

} // namespace

class SoakLogTest : public QObject {
    Q_OBJECT

private slots:
    void flatMemoryAndLatencyPass() {
        SoakLog log;
        log.add(interval(60, 180.0, 4.0));
        log.add(interval(120, 190.0, 5.0)); // within 32 MB and within 3× + 20 ms
        log.add(interval(180, 185.0, 4.5));
        QVERIFY(log.problems().isEmpty());
        QCOMPARE(log.memoryGrowthMb(), 5.0);
        QCOMPARE(log.latencyRatio(), 4.5 / 4.0);
    }

    void memoryThatKeepsGrowingIsNamed() {
        SoakLog log;
        for (int i = 1; i <= 60; ++i)
            log.add(interval(60.0 * i, 180.0 + i, 4.0)); // a leak of 1 MB a minute
        const QStringList problems = log.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.front(),
                 QStringLiteral("memory grew by 59.0 MB (181.0 → 240.0 MB), more than 32 MB"));
    }

    void latencyThatGrowsIsNamed() {
        SoakLog log;
        log.add(interval(60, 180.0, 4.0));
        log.add(interval(120, 180.0, 40.0));
        QCOMPARE(log.problems(), QStringList{"camera → view latency grew from 4.0 to 40.0 ms (median)"});
        SoakLimits lenient;
        lenient.latencyRatio = 20.0;
        QVERIFY(log.problems(lenient).isEmpty());
    }

    void anIntervalWithoutFramesIsNamed() {
        SoakLog log;
        log.add(interval(60, 180.0, 4.0));
        log.add(interval(120, 180.0, 0.0, 0));
        QCOMPARE(log.problems(), QStringList{"no frame reached the views in the interval ending at 120 s"});
    }

    void theJsonHoldsEveryIntervalAndTheVerdict() {
        SoakLog log;
        log.add(interval(60, 180.0, 4.0, 1490));
        log.add(interval(120, 260.0, 4.0, 1500));
        const QJsonObject json = log.toJson();
        QCOMPARE(json.value("intervals").toArray().size(), 2);
        QCOMPARE(json.value("frames").toInt(), 2990);
        QCOMPARE(json.value("dropped").toInt(), 10);
        QCOMPARE(json.value("memory_growth_mb").toDouble(), 80.0);
        QCOMPARE(json.value("problems").toArray().size(), 1);
        QCOMPARE(json.value("intervals").toArray().at(1).toObject().value("rss_mb").toDouble(), 260.0);
    }

    void theRowsLineUpUnderTheHeader() {
        const QString row = SoakLog::row(interval(3600, 181.25, 3.5));
        QCOMPARE(row.size(), SoakLog::header().size());
        QVERIFY(row.contains(QStringLiteral("181.2")) || row.contains(QStringLiteral("181.3")));
    }

    void residentMemoryIsThisProcesssAndFollowsWhatItTouches() {
        const double before = dyve::ui::residentMemoryMb();
        QVERIFY(before > 1.0);
        constexpr size_t kBytes = size_t(64) << 20;
        std::unique_ptr<char[]> block(new char[kBytes]);
        std::memset(block.get(), 1, kBytes);
        const double after = dyve::ui::residentMemoryMb();
        QVERIFY2(after - before > 60.0, qPrintable(QStringLiteral("%1 → %2 MB").arg(before).arg(after)));
        QCOMPARE(block[kBytes - 1], char(1));
    }
};

QTEST_MAIN(SoakLogTest)
#include "ui_soak_log_test.moc"
