// The accuracy-vs-operations Pareto plot from sweeps and tuning (SPEC §4.7, §6): ParetoSeries from real
// sweep points and real tuned profiles, its front and its current level; SweepJob and TuneJob running the
// engine's sweepEffort() and tuneEffort() off the GUI thread with progress and cancel on the bundled
// Fashion-MNIST model; the plot drawing exactly the series; the page following the jobs.
#include "jobs/inference_worker.h"
#include "jobs/sweep_job.h"
#include "jobs/tune_job.h"
#include "models/pareto_series.h"
#include "models/pareto_table_model.h"
#include "pareto/pareto_page.h"
#include "pareto/pareto_plot.h"

#include "data/dataset.h"
#include "data/model_card.h"
#include "data/preprocess.h"
#include "effort/effort_profile.h"
#include "eval/model_effort.h"
#include "eval/sweep.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/mismatched_card.h"
#include "support/test_paths.h"

#include <qcustomplot.h>

#include <QFileInfo>
#include <QImage>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <optional>

using dyve::ui::BackgroundJob;
using dyve::ui::InferenceWorker;
using dyve::ui::ParetoEntry;
using dyve::ui::ParetoPage;
using dyve::ui::ParetoPlot;
using dyve::ui::ParetoSeries;
using dyve::ui::SweepJob;
using dyve::ui::SweepRequest;
using dyve::ui::TuneJob;
using dyve::ui::TuneRequest;
using Source = dyve::ui::ParetoEntry::Source;
using Kind = dyve::ui::ParetoEntry::Kind;
using Layer = dyve::ui::ParetoPlot::Layer;

namespace {

constexpr int kWaitMs = 300000; // the machine is shared; nothing here measures time
const QString kFashionMnist = QStringLiteral("/usr/share/datasets/fashion-mnist");
const QString kFashionMnistTrain =
    QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz");

QString bundledModel() {
    return dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx");
}
std::vector<std::string> cardDirs() {
    return {dyve::test::sourcePath("models/cards").toStdString()};
}
std::vector<std::string> profileDirs() {
    return {dyve::test::opsTunedProfilesDir().toStdString()};
}
QString opsTunedProfile(const QString& name) {
    return dyve::test::opsTunedProfilesDir() + "/" + name + ".profile.json";
}

SweepRequest sweepRequest() {
    SweepRequest r;
    r.model = bundledModel();
    r.cardDirs = cardDirs();
    r.profileDirs = profileDirs();
    return r;
}

TuneRequest tuneRequest() {
    TuneRequest r;
    r.model = bundledModel();
    r.dataSet = kFashionMnistTrain; // tuned on the training split, as the committed profile was
    r.images = 96;
    r.screenImages = 32;
    r.calibrationImages = 32;
    r.cardDirs = cardDirs();
    return r;
}

bool waitForEnd(BackgroundJob& job) {
    QSignalSpy ended(&job, &BackgroundJob::ended);
    return job.state() != BackgroundJob::State::Running || ended.wait(kWaitMs);
}

// Starts a job that is expected to fail and returns the messages of its failed() signals; none when it
// did not start or did not end.
std::optional<QStringList> failuresOf(BackgroundJob& job) {
    QSignalSpy failed(&job, &BackgroundJob::failed);
    if (!job.start() || !waitForEnd(job)) return std::nullopt;
    QStringList messages;
    for (const QList<QVariant>& args : failed)
        messages << args.at(0).toString();
    return messages;
}

// A beats B: no more operations, no lower top-1, and better in one of the two.
bool dominates(const ParetoEntry& a, const ParetoEntry& b) {
    return a.ops <= b.ops && a.top1 >= b.top1 && (a.ops < b.ops || a.top1 > b.top1);
}

bool near(double a, double b, double tolerance = 1e-9) {
    return std::fabs(a - b) <= tolerance * std::max(1.0, std::fabs(b));
}

} // namespace

class ParetoTest : public QObject {
    Q_OBJECT

private:
    // The bundled model swept by the engine itself (dense, then the uniform mapping at five levels) over
    // the first images of Fashion-MNIST's test set: what the series and the plot are checked against.
    std::vector<dyve::SweepPoint> m_sweep;
    QTemporaryDir m_dir;

    void requireFashionMnist() {
        if (!QFileInfo(kFashionMnist).isDir()) QSKIP("Debian's dataset-fashion-mnist is not installed");
    }

    // A real tuned profile's table with, as a tuning run records them, two candidates it rejected: cheaper
    // than its last level and below its accuracy.
    static dyve::EffortProfile profileWithCandidates() {
        dyve::EffortProfile p = dyve::loadEffortProfile(opsTunedProfile("resnet20-cifar10").toStdString());
        const dyve::ParetoPoint last = p.pareto.back();
        p.pareto.push_back({std::nullopt, last.top1 - 0.02, last.ops * 0.9, last.ms, false});
        p.pareto.push_back({std::nullopt, last.top1 - 0.05, last.ops * 0.8, last.ms, false});
        return p;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (!QFileInfo(kFashionMnist).isDir()) return;
        const std::string model = bundledModel().toStdString();
        dyve::Network network(dyve::loadModel(model));
        const dyve::Preprocessor pre(dyve::loadModelCard(dyve::findModelCard(model, cardDirs())), model);
        const auto data = dyve::openDataset(kFashionMnist.toStdString(), 160);
        const dyve::EffortProfile uniform =
            dyve::calibratedUniformProfile(network, model, {}, *data, pre, 64);
        m_sweep = dyve::sweepEffort(network, uniform, {0.0, 0.25, 0.5, 0.75, 1.0}, *data, pre);
        QCOMPARE(m_sweep.size(), size_t(6));
    }

    // --- ParetoSeries ------------------------------------------------------------------------------

    void sweepPointsBecomeTheDensePointAndTheLevels() {
        requireFashionMnist();
        ParetoSeries series;
        for (const dyve::SweepPoint& p : m_sweep)
            series.addSweepPoint(p);
        QCOMPARE(series.sweep().size(), m_sweep.size());
        const auto dense = series.dense(Source::Sweep);
        QVERIFY(dense);
        QCOMPARE(dense->kind, Kind::Dense);
        QVERIFY(!dense->effort);
        QCOMPARE(dense->top1, m_sweep[0].report.top1());
        QCOMPARE(dense->ops, m_sweep[0].report.executedOpsPerImage());
        QCOMPARE(dense->reduction(), 1.0);
        const std::vector<ParetoEntry> levels = series.levels(Source::Sweep);
        QCOMPARE(levels.size(), size_t(5));
        for (size_t i = 0; i < levels.size(); ++i) {
            const dyve::EvalReport& r = m_sweep[i + 1].report;
            QCOMPARE(*levels[i].effort, *m_sweep[i + 1].effort);
            QCOMPARE(levels[i].top1, r.top1());
            QCOMPARE(levels[i].ops, r.executedOpsPerImage());
            QCOMPARE(levels[i].reduction(), r.opsReduction());
            QCOMPARE(levels[i].ms, r.msPerImage());
        }
        QVERIFY(series.tuning().empty());
    }

    void aCancelledSweepPointIsLeftOut() {
        requireFashionMnist();
        dyve::SweepPoint cut = m_sweep.back();
        cut.report.cancelled = true; // as sweepEffort returns the level a cancel stopped
        ParetoSeries series;
        series.setSweep({m_sweep[0], cut});
        QCOMPARE(series.sweep().size(), size_t(1));
        QVERIFY(series.levels(Source::Sweep).empty());
    }

    void aTunedProfilesParetoTableBecomesItsChosenLevels() {
        const dyve::EffortProfile profile =
            dyve::loadEffortProfile(opsTunedProfile("resnet20-cifar10").toStdString());
        QVERIFY(profile.tuned);
        ParetoSeries series;
        series.setTuning(profile);
        // Every row of the table, and the tuning set's dense point from the summary.
        QCOMPARE(series.tuning().size(), profile.pareto.size() + 1);
        const auto dense = series.dense(Source::Tuning);
        QVERIFY(dense);
        QCOMPARE(dense->top1, profile.tuned->denseTop1);
        const std::vector<ParetoEntry> levels = series.levels(Source::Tuning);
        size_t chosen = 0;
        for (const dyve::ParetoPoint& p : profile.pareto)
            chosen += p.chosen ? 1 : 0;
        QCOMPARE(levels.size(), chosen);
        QCOMPARE(levels.size(), profile.levels.size());
        for (size_t i = 0; i < levels.size(); ++i) {
            QVERIFY(levels[i].chosen);
            QCOMPARE(*levels[i].effort, profile.levels[i].effort);
            if (i > 0) QVERIFY(*levels[i].effort > *levels[i - 1].effort);
        }
        // The summary's reduction is the last level's, to the three decimals it is written with.
        QVERIFY(std::fabs(levels.back().reduction() - profile.tuned->opsReduction) < 1e-9);
        QVERIFY(levels.front().reduction() >= 1.0 - 1e-9);
    }

    void aKnownDenseCountOverridesTheSummary() {
        const dyve::EffortProfile profile =
            dyve::loadEffortProfile(opsTunedProfile("fashion-mnist-cnn").toStdString());
        ParetoSeries series;
        series.setTuning(profile, 2.0e7);
        QCOMPARE(series.dense(Source::Tuning)->ops, 2.0e7);
        for (const ParetoEntry& e : series.tuning())
            QCOMPARE(e.denseOps, 2.0e7);
    }

    void rejectedCandidatesAreNotLevels() {
        const dyve::EffortProfile profile = profileWithCandidates();
        ParetoSeries series;
        series.setTuning(profile);
        size_t candidates = 0;
        for (const ParetoEntry& e : series.tuning())
            if (e.kind == Kind::Candidate) {
                ++candidates;
                QVERIFY(!e.chosen);
                QVERIFY(!e.effort);
            }
        QCOMPARE(candidates, size_t(2));
        QCOMPARE(series.levels(Source::Tuning).size(), profile.levels.size());
    }

    void theFrontHoldsExactlyThePointsNothingBeats() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep(m_sweep);
        series.setTuning(profileWithCandidates());
        series.setTuning(dyve::loadEffortProfile(opsTunedProfile("resnet56-cifar10").toStdString()));
        for (Source s : {Source::Sweep, Source::Tuning}) {
            const std::vector<ParetoEntry>& points = series.entries(s);
            QVERIFY(points.size() > 3);
            size_t onFront = 0;
            for (const ParetoEntry& p : points) {
                bool beaten = false;
                for (const ParetoEntry& q : points)
                    beaten = beaten || dominates(q, p);
                // Equal points are all unbeaten; only the first of them is on the front.
                if (beaten) QVERIFY(!p.onFront);
                onFront += p.onFront ? 1 : 0;
            }
            const std::vector<ParetoEntry> front = series.front(s);
            QCOMPARE(front.size(), onFront);
            QVERIFY(!front.empty());
            for (size_t i = 1; i < front.size(); ++i) {
                QVERIFY(front[i].ops > front[i - 1].ops);
                QVERIFY(front[i].top1 > front[i - 1].top1);
            }
        }
    }

    void theFrontOfAHandMadeTable() {
        // ops ↑, top-1: a (1, 0.80), b (2, 0.85), c (2, 0.84: beaten by b), d (3, 0.85: beaten by b),
        // e (4, 0.90), f (4, 0.90: equal to e, the first is kept), g (0.5, 0.70).
        auto entry = [](double ops, double top1) {
            ParetoEntry e;
            e.ops = ops;
            e.top1 = top1;
            return e;
        };
        const std::vector<ParetoEntry> points{entry(1, 0.80), entry(2, 0.85), entry(2, 0.84),  entry(3, 0.85),
                                              entry(4, 0.90), entry(4, 0.90), entry(0.5, 0.70)};
        QCOMPARE(ParetoSeries::paretoFront(points), (std::vector<size_t>{6, 0, 1, 4}));
        QVERIFY(ParetoSeries::paretoFront({}).empty());
    }

    void theCurrentEffortSitsOnTheSweepOrBetweenItsLevels() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep(m_sweep);
        QVERIFY(!series.currentMarker());
        series.setCurrentEffort(0.5);
        auto m = series.currentMarker();
        QVERIFY(m);
        QVERIFY(m->measured);
        QCOMPARE(m->source, Source::Sweep);
        QCOMPARE(m->ops, m_sweep[3].report.executedOpsPerImage()); // dense, 0, 0.25, 0.5
        QCOMPARE(m->top1, m_sweep[3].report.top1());

        series.setCurrentEffort(0.6); // 40 % of the way from 0.5 to 0.75
        m = series.currentMarker();
        QVERIFY(m);
        QVERIFY(!m->measured);
        const double a = m_sweep[3].report.executedOpsPerImage(), b = m_sweep[4].report.executedOpsPerImage();
        QVERIFY(near(m->ops, a + 0.4 * (b - a)));
    }

    void theCurrentEffortFallsBackToTheTunedPath() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep({m_sweep[0], m_sweep[5]}); // dense and effort 1 only
        series.setCurrentEffort(0.5);
        QVERIFY(!series.currentMarker()); // nothing spans 0.5
        const dyve::EffortProfile profile =
            dyve::loadEffortProfile(opsTunedProfile("fashion-mnist-cnn").toStdString());
        series.setTuning(profile);
        const auto m = series.currentMarker();
        QVERIFY(m);
        QCOMPARE(m->source, Source::Tuning);
        QVERIFY(!m->measured);
        // Between the tuned levels at 0 and 0.677.
        QVERIFY(m->ops <= profile.pareto[0].ops && m->ops >= profile.pareto[1].ops);
        series.setCurrentEffort(1.0);
        QVERIFY(series.currentMarker()->measured);
        QCOMPARE(series.currentMarker()->source, Source::Sweep);
    }

    // --- SweepJob ----------------------------------------------------------------------------------

    void aSweepMeasuresDenseThenEachLevelOnTheCardsDataSet() {
        requireFashionMnist();
        SweepRequest request = sweepRequest(); // no data set: the card's, Fashion-MNIST's test set
        request.limit = 96;
        SweepJob job(request);
        QSignalSpy profile(&job, &SweepJob::profileChosen);
        QSignalSpy points(&job, &SweepJob::pointMeasured);
        QSignalSpy progress(&job, &BackgroundJob::progressChanged);
        QSignalSpy status(&job, &SweepJob::statusChanged);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.state(), BackgroundJob::State::Finished);
        QCOMPARE(job.dataSet(), kFashionMnist);
        QCOMPARE(job.images(), size_t(96));
        // The model's committed profile, found by its SHA-256.
        QCOMPARE(profile.count(), 1);
        QVERIFY(job.profileSource().endsWith(QStringLiteral("fashion-mnist-cnn.profile.json")));
        QVERIFY(job.profile() && job.profile()->tuned);

        QCOMPARE(points.count(), 6);
        QCOMPARE(job.points().size(), size_t(6));
        QVERIFY(!job.points()[0].effort);
        for (size_t i = 0; i < job.points().size(); ++i) {
            const dyve::EvalReport& r = job.points()[i].report;
            QCOMPARE(r.images, size_t(96));
            if (i > 0) {
                QCOMPARE(*job.points()[i].effort, request.levels[i - 1]);
                QVERIFY(r.executedOps <= job.points()[i - 1].report.executedOps);
            }
        }
        QVERIFY(job.points().back().report.executedOps < job.points().front().report.executedOps);
        // Progress counts the images of every point.
        QCOMPARE(progress.last().at(0).toLongLong(), 6 * 96);
        QCOMPARE(progress.last().at(1).toLongLong(), 6 * 96);
        QVERIFY(progress.count() > 6);
        QVERIFY(status.count() > 0);
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("96")));
    }

    void theUniformMappingLowersOperationsAtEveryLevel() {
        requireFashionMnist();
        SweepRequest request = sweepRequest();
        request.dataSet = kFashionMnist;
        request.limit = 64;
        request.uniform = true;
        SweepJob job(request);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.state(), BackgroundJob::State::Finished);
        QVERIFY(job.profileSource().contains(QStringLiteral("uniform")));
        QVERIFY(job.profile() && !job.profile()->tuned);
        QCOMPARE(job.points().size(), size_t(6));
        // Point 0 is dense and point 1 level 0, which runs the dense path: the same operations.
        QCOMPARE(job.points()[1].report.executedOps, job.points()[0].report.executedOps);
        for (size_t i = 2; i < job.points().size(); ++i)
            QVERIFY(job.points()[i].report.executedOps < job.points()[i - 1].report.executedOps);
    }

    // SPEC §4.7: one engine function chooses the mapping, so a sweep of a few images measures the very
    // settings the knobs run (the uniform mapping calibrated on the card's default data), not a mapping
    // calibrated on the images being swept.
    void aSweptUniformMappingIsTheOneTheKnobsRun() {
        requireFashionMnist();
        InferenceWorker worker(cardDirs());
        QSignalSpy loaded(&worker, &InferenceWorker::modelLoaded);
        worker.loadModel(bundledModel());
        QVERIFY(loaded.wait(kWaitMs));
        const auto knobs = loaded.first().first().value<dyve::ui::ModelSummary>();
        QVERIFY(knobs.uniformProfile && knobs.profile);

        SweepRequest request = sweepRequest();
        request.dataSet = kFashionMnist;
        request.limit = 16;
        request.levels = {1.0};
        request.dense = false;
        request.uniform = true;
        SweepJob job(request);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.state(), BackgroundJob::State::Finished);
        QVERIFY(job.profile());
        const auto& swept = job.profile()->calibration;
        QCOMPARE(swept.size(), knobs.profile->calibration.size());
        for (const auto& [layer, c] : knobs.profile->calibration) {
            QCOMPARE(swept.at(layer).preActStd, c.preActStd);
            QCOMPARE(swept.at(layer).activationScale, c.activationScale);
            QCOMPARE(swept.at(layer).inputScale, c.inputScale);
        }
    }

    void aSweepAlongOneMechanismKeepsOnlyIt() {
        requireFashionMnist();
        SweepRequest request = sweepRequest();
        request.limit = 32;
        request.uniform = true;
        request.dense = false;
        request.levels = {1.0};
        request.mechanisms = dyve::SweepMechanisms::Sdss;
        SweepJob job(request);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.points().size(), size_t(1));
        int64_t spetSkipped = 0, sdssSkipped = 0;
        for (const dyve::EvalLayerTotals& l : job.points()[0].report.layers) {
            spetSkipped += l.effort.spetTerminated;
            sdssSkipped += l.effort.sdssInterpolated;
        }
        QCOMPARE(spetSkipped, int64_t(0));
        QVERIFY(sdssSkipped > 0);
    }

    void cancellingASweepBeforeItsFirstBatchMeasuresNothing() {
        requireFashionMnist();
        SweepJob job(sweepRequest());
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QSignalSpy points(&job, &SweepJob::pointMeasured);
        QVERIFY(job.start());
        job.cancel(); // checked before the first batch: none can have been evaluated
        QVERIFY(waitForEnd(job));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(points.count(), 0);
        QVERIFY(job.points().empty());
    }

    void cancellingASweepMidwayKeepsTheFinishedPoints() {
        requireFashionMnist();
        SweepJob job(sweepRequest()); // the whole test set: a point takes many batches
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QSignalSpy points(&job, &SweepJob::pointMeasured);
        // Cancel once the second point (effort 0) is under way.
        connect(&job, &BackgroundJob::progressChanged, &job, [&job](qint64 done, qint64) {
            if (job.points().size() == 1 && done > qint64(job.images())) job.cancel();
        });
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(job.state(), BackgroundJob::State::Cancelled);
        QCOMPARE(points.count(), 1);
        QCOMPARE(job.points().size(), size_t(1));
        QVERIFY(!job.points()[0].effort);
        QCOMPARE(job.points()[0].report.images, size_t(10000));
        QVERIFY(job.done() < job.total());
    }

    void aMissingDataSetFailsNamingIt() {
        SweepRequest request = sweepRequest();
        request.dataSet = QStringLiteral("/nonexistent/fashion/labels.txt");
        SweepJob job(request);
        const std::optional<QStringList> failures = failuresOf(job);
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QVERIFY2(failures->first().contains(request.dataSet), qPrintable(failures->first()));
        QCOMPARE(job.state(), BackgroundJob::State::Failed);
    }

    void aMissingProfileFailsNamingIt() {
        requireFashionMnist();
        SweepRequest request = sweepRequest();
        request.limit = 8;
        request.profile = m_dir.filePath(QStringLiteral("missing.profile.json"));
        SweepJob job(request);
        const std::optional<QStringList> failures = failuresOf(job);
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QVERIFY2(failures->first().contains(request.profile), qPrintable(failures->first()));
    }

    void anotherModelsProfileFailsNamingIt() {
        requireFashionMnist();
        SweepRequest request = sweepRequest();
        request.limit = 8;
        request.profile = opsTunedProfile("resnet20-cifar10");
        SweepJob job(request);
        const std::optional<QStringList> failures = failuresOf(job);
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QVERIFY2(failures->first().contains(request.profile), qPrintable(failures->first()));
    }

    void aMissingModelFailsNamingIt() {
        SweepRequest request = sweepRequest();
        request.model = m_dir.filePath(QStringLiteral("no-model.onnx"));
        SweepJob job(request);
        const std::optional<QStringList> failures = failuresOf(job);
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QVERIFY2(failures->first().contains(request.model), qPrintable(failures->first()));
    }

    void aCardNamingOtherThanTheModelsClassCountFailsNamingIt() {
        QTemporaryDir dir;
        SweepRequest request = sweepRequest();
        request.model = dyve::test::bundledModelWithTwoClassCard(dir);
        request.cardDirs = {};
        request.uniform = true;
        SweepJob job(request);
        const std::optional<QStringList> failures = failuresOf(job);
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QVERIFY2(failures->first().contains(dir.filePath("m.card.json") + ": names 2 classes"),
                 qPrintable(failures->first()));
    }

    // --- TuneJob -----------------------------------------------------------------------------------

    void aTuningRunProducesAProfileAndItsParetoTable() {
        requireFashionMnist();
        TuneRequest request = tuneRequest();
        request.output = m_dir.filePath(QStringLiteral("tuned.profile.json"));
        TuneJob job(request);
        QSignalSpy ready(&job, &TuneJob::profileReady);
        QSignalSpy status(&job, &TuneJob::statusChanged);
        QSignalSpy progress(&job, &BackgroundJob::progressChanged);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QVERIFY2(job.state() == BackgroundJob::State::Finished, qPrintable(job.errorMessage()));
        QCOMPARE(ready.count(), 1);
        QVERIFY(status.count() > 0);
        QVERIFY(progress.count() > 0);
        QVERIFY(job.result());
        const dyve::TuneResult& result = *job.result();
        const dyve::EffortProfile& profile = result.profile;
        QVERIFY(!result.cancelled);
        QVERIFY(profile.tuned);
        QCOMPARE(profile.tuned->images, int64_t(96));
        QCOMPARE(QString::fromStdString(profile.tuned->data), kFashionMnistTrain);
        QCOMPARE(profile.modelSha256, dyve::effortModelDigest(bundledModel().toStdString()));

        // The Pareto table: every level of the path, chosen, then the candidates rejected on the whole set.
        QCOMPARE(result.steps + 1, profile.levels.size());
        size_t chosen = 0;
        for (const dyve::ParetoPoint& p : profile.pareto) {
            if (p.chosen) {
                QVERIFY(p.effort);
                QCOMPARE(*p.effort, profile.levels[chosen].effort);
                ++chosen;
            } else {
                QVERIFY(!p.effort);
            }
            // Time objective: a kept step made its layer faster when timed; one that skips next to nothing
            // adds its prediction's operations (fewer than 1%).
            QVERIFY(p.ops > 0.0 && p.ops <= 1.01 * job.denseOpsPerImage());
        }
        QCOMPARE(chosen, profile.levels.size());
        QVERIFY(job.log().size() >= qsizetype(result.steps + result.rejected));

        ParetoSeries series;
        series.setTuning(profile, job.denseOpsPerImage());
        QCOMPARE(series.dense(Source::Tuning)->top1, result.denseTop1);
        QCOMPARE(series.levels(Source::Tuning).size(), profile.levels.size());
        QVERIFY(near(series.levels(Source::Tuning).back().reduction(), result.opsReduction, 1e-6));

        // Written, and read back the same.
        QCOMPARE(job.written(), request.output);
        const dyve::EffortProfile reread = dyve::loadEffortProfile(request.output.toStdString());
        QCOMPARE(reread.pareto.size(), profile.pareto.size());
        QCOMPARE(reread.levels.size(), profile.levels.size());
    }

    void cancellingATuningRunKeepsTheLevelsFound() {
        requireFashionMnist();
        TuneRequest request = tuneRequest();
        request.images = 800; // every step is judged on all of them: the search outlasts the cancel
        TuneJob job(request);
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QSignalSpy ready(&job, &TuneJob::profileReady);
        connect(&job, &TuneJob::logLine, &job, &BackgroundJob::cancel);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(ready.count(), 1);
        QVERIFY(job.result());
        QVERIFY(job.result()->cancelled);
        QVERIFY(!job.result()->profile.levels.empty());
        QVERIFY(job.written().isEmpty()); // no output asked for
    }

    void anUnwritableOutputFailsBeforeTheTuning() {
        TuneRequest request = tuneRequest();
        request.output = QStringLiteral("/nonexistent/folder/tuned.profile.json");
        TuneJob job(request);
        QSignalSpy status(&job, &TuneJob::statusChanged);
        const std::optional<QStringList> failures = failuresOf(job);
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QVERIFY2(failures->first().contains(request.output), qPrintable(failures->first()));
        QCOMPARE(status.count(), 0);
    }

    void aMissingTuningSetFailsNamingIt() {
        TuneRequest request = tuneRequest();
        request.dataSet = m_dir.filePath(QStringLiteral("no-such-set"));
        TuneJob job(request);
        const std::optional<QStringList> failures = failuresOf(job);
        QVERIFY(failures);
        QCOMPARE(failures->size(), 1);
        QVERIFY2(failures->first().contains(request.dataSet), qPrintable(failures->first()));
    }

    // --- ParetoPlot --------------------------------------------------------------------------------

    void thePlotDrawsTheSeries() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep(m_sweep);
        series.setTuning(profileWithCandidates());
        ParetoPlot plot;
        plot.setSeries(series);
        plot.setXAxis(ParetoPlot::XAxis::Operations);

        const QVector<QPointF> dense = plot.plotted(Layer::SweepDense);
        QCOMPARE(dense.size(), 1);
        QCOMPARE(dense[0].x(), m_sweep[0].report.executedOpsPerImage() / 1e6);
        QCOMPARE(dense[0].y(), m_sweep[0].report.top1() * 100.0);
        const QVector<QPointF> levels = plot.plotted(Layer::SweepLevels);
        QCOMPARE(levels.size(), 5);
        for (int i = 0; i < levels.size(); ++i) {
            QCOMPARE(levels[i].x(), m_sweep[size_t(i + 1)].report.executedOpsPerImage() / 1e6);
            QCOMPARE(levels[i].y(), m_sweep[size_t(i + 1)].report.top1() * 100.0);
        }
        const std::vector<ParetoEntry> tuned = series.levels(Source::Tuning);
        const QVector<QPointF> path = plot.plotted(Layer::TunedLevels);
        QCOMPARE(size_t(path.size()), tuned.size());
        for (int i = 0; i < path.size(); ++i) {
            QCOMPARE(path[i].x(), tuned[size_t(i)].ops / 1e6);
            QCOMPARE(path[i].y(), tuned[size_t(i)].top1 * 100.0);
        }
        QCOMPARE(plot.plotted(Layer::Candidates).size(), 2);
        QCOMPARE(plot.plotted(Layer::TuningDense).size(), 1);
        QCOMPARE(size_t(plot.plotted(Layer::SweepFront).size()), series.front(Source::Sweep).size());
        QCOMPARE(size_t(plot.plotted(Layer::TuningFront).size()), series.front(Source::Tuning).size());
        QVERIFY(plot.plotted(Layer::Current).isEmpty());

        // One label per place: "dense; e = 0.00" (level 0 runs the dense path: one point, one label), then
        // each other level's effort; then the tuning set's dense point and the tuned path's 18 levels' two
        // ends (figures the profile recorded when it was tuned).
        QCOMPARE(plot.labels(), (QStringList{QStringLiteral("dense; e = 0.00"), QStringLiteral("e = 0.25"),
                                             QStringLiteral("e = 0.50"), QStringLiteral("e = 0.75"),
                                             QStringLiteral("e = 1.00"), QStringLiteral("dense"),
                                             QStringLiteral("e = 0.00"), QStringLiteral("e = 1.00")}));
    }

    // Issue 16: a sweep of a width-trained model measures its narrower trained widths after the levels
    // (dense, each with its head); the plot draws them as their own series, labelled by width, beside the
    // cascade's levels of the model's profile and the dense point.
    void aSweepOfAWidthTrainedModelAddsItsWidths() {
        requireFashionMnist();
        SweepRequest request = sweepRequest();
        request.model = dyve::test::sourcePath("models/width/fashion-mnist-cnn-width.onnx");
        request.profileDirs = {dyve::test::sourcePath("models/profiles").toStdString()};
        request.levels = {0.5, 1.0};
        request.limit = 64;
        request.timingRuns = 0;
        SweepJob job(request);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.state(), BackgroundJob::State::Finished);
        QVERIFY(job.profile() && job.profile()->drivesWidthCascade());
        // Dense, the two cascade levels, then 25, 50 and 75%.
        QCOMPARE(job.points().size(), size_t(6));
        QCOMPARE(job.points()[3].width, 0.25);
        QCOMPARE(job.points()[5].width, 0.75);
        for (size_t i = 1; i < 3; ++i) // the cascade's levels execute fewer operations than the full width
            QVERIFY(job.points()[i].report.executedOps < job.points()[0].report.executedOps);
        ParetoSeries series;
        series.setSweep(job.points());
        ParetoPlot plot;
        plot.setSeries(series);
        plot.setXAxis(ParetoPlot::XAxis::Operations);
        const QVector<QPointF> widths = plot.plotted(Layer::SweepWidths);
        QCOMPARE(widths.size(), 3);
        QCOMPARE(widths[0].x(), job.points()[3].report.executedOpsPerImage() / 1e6);
        QCOMPARE(plot.plotted(Layer::SweepLevels).size(), 2);
        QVERIFY2(plot.labels().contains(QStringLiteral("w = 25%")) &&
                     plot.labels().contains(QStringLiteral("w = 75%")),
                 qPrintable(plot.labels().join(", ")));
    }

    // SPEC §9: time first. The default x axis is the engine time per image; fps is its inverse.
    void theTimeAxisIsTheDefaultAndFpsItsInverse() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep(m_sweep);
        ParetoPlot plot;
        plot.setSeries(series);
        QCOMPARE(plot.xAxis(), ParetoPlot::XAxis::Time);
        const QVector<QPointF> levels = plot.plotted(Layer::SweepLevels);
        QCOMPARE(levels.size(), 5);
        for (int i = 0; i < levels.size(); ++i)
            QCOMPARE(levels[i].x(), m_sweep[size_t(i + 1)].report.msPerImage());
        QCOMPARE(plot.plotted(Layer::SweepDense).at(0).x(), m_sweep[0].report.msPerImage());
        plot.setXAxis(ParetoPlot::XAxis::Fps);
        const QVector<QPointF> fps = plot.plotted(Layer::SweepLevels);
        for (int i = 0; i < fps.size(); ++i)
            QCOMPARE(fps[i].x(), 1000.0 / m_sweep[size_t(i + 1)].report.msPerImage());
    }

    // A sweep's time is the median of repeated timings of each point, not its one pass over the data.
    void aSweepTimesEachPointWithRepeatsAndThePlotUsesTheMedian() {
        requireFashionMnist();
        SweepRequest request = sweepRequest();
        request.dataSet = kFashionMnist;
        request.limit = 16;
        request.levels = {1.0};
        SweepJob job(request);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QCOMPARE(job.points().size(), size_t(2));
        ParetoSeries series;
        for (const dyve::SweepPoint& p : job.points()) {
            QCOMPARE(p.timingRuns, 5);
            QVERIFY(p.medianMsPerImage > 0.0);
            series.addSweepPoint(p);
        }
        QCOMPARE(series.sweep().back().ms, job.points().back().medianMsPerImage);
    }

    void theReductionAxisPutsDenseAtOne() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep(m_sweep);
        ParetoPlot plot;
        plot.setSeries(series);
        plot.setXAxis(ParetoPlot::XAxis::Reduction);
        QCOMPARE(plot.plotted(Layer::SweepDense).at(0).x(), 1.0);
        const QVector<QPointF> levels = plot.plotted(Layer::SweepLevels);
        for (int i = 0; i < levels.size(); ++i)
            QCOMPARE(levels[i].x(), m_sweep[size_t(i + 1)].report.opsReduction());
        QVERIFY(levels.last().x() > 1.0);
    }

    void aTableWithNoDenseCountIsLeftOffTheReductionAxis() {
        dyve::EffortProfile profile =
            dyve::loadEffortProfile(opsTunedProfile("resnet20-cifar10").toStdString());
        profile.tuned.reset(); // nothing to work the dense operations out from
        ParetoSeries series;
        series.setTuning(profile);
        series.setCurrentEffort(0.5);
        ParetoPlot plot;
        plot.setSeries(series);
        QCOMPARE(size_t(plot.plotted(Layer::TunedLevels).size()), profile.levels.size());
        QCOMPARE(plot.plotted(Layer::Current).size(), 1);
        plot.setXAxis(ParetoPlot::XAxis::Reduction);
        QVERIFY(plot.plotted(Layer::TunedLevels).isEmpty());
        QVERIFY(plot.plotted(Layer::Current).isEmpty());
        QVERIFY(plot.labels().isEmpty());
    }

    void theCurrentEffortIsRinged() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep(m_sweep);
        ParetoPlot plot;
        plot.setSeries(series);
        plot.setCurrentEffort(0.75);
        const QVector<QPointF> current = plot.plotted(Layer::Current);
        QCOMPARE(current.size(), 1);
        QCOMPARE(current[0], plot.plotted(Layer::SweepLevels).at(3));
        QVERIFY(!plot.labels().contains(QStringLiteral("e = 0.75"))); // "now: e = 0.75" instead
        QVERIFY(plot.labels().contains(QStringLiteral("e = 0.50")));
        plot.setCurrentEffort(std::nullopt);
        QVERIFY(plot.plotted(Layer::Current).isEmpty());
        QVERIFY(plot.labels().contains(QStringLiteral("e = 0.75")));
    }

    void hoveringAPointReadsItOutAndClickingALevelAsksForIt() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep(m_sweep);
        ParetoPlot plot;
        plot.resize(900, 600);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setSeries(series);
        plot.customPlot()->replot(QCustomPlot::rpImmediateRefresh);
        const ParetoEntry level = series.levels(Source::Sweep).back();
        const QPointF at = plot.pixelOf(level);
        const QString text = plot.readoutAt(at + QPointF(2, 1));
        QVERIFY2(text.contains(QStringLiteral("effort 1.000")), qPrintable(text));
        QVERIFY(text.contains(QLocale().toString(level.top1 * 100.0, 'f', 2)));
        QVERIFY(plot.readoutAt(QPointF(2, 2)).isEmpty()); // the corner: no point there

        QSignalSpy clicked(&plot, &ParetoPlot::effortClicked);
        QTest::mouseClick(plot.customPlot(), Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toDouble(), 1.0);
    }

    void thePlotExportsAPng() {
        requireFashionMnist();
        ParetoSeries series;
        series.setSweep(m_sweep);
        ParetoPlot plot;
        plot.setSeries(series);
        const QString file = m_dir.filePath(QStringLiteral("pareto.png"));
        QVERIFY(plot.savePng(file, 800, 500));
        const QImage image(file);
        QCOMPARE(image.size(), QSize(1600, 1000)); // at twice the size, for print
    }

    // --- ParetoPage ----------------------------------------------------------------------

    void thePageGrowsAsASweepRunsAndShowsItsProfilesTable() {
        requireFashionMnist();
        SweepRequest request = sweepRequest();
        request.limit = 48;
        SweepJob job(request);
        ParetoPage page;
        page.trackSweep(&job);
        QSignalSpy requested(&page, &ParetoPage::effortRequested);
        QVERIFY(job.start());
        QVERIFY(page.progressBar()->isVisibleTo(&page));
        QVERIFY(waitForEnd(job));
        QVERIFY(!page.progressBar()->isVisibleTo(&page));
        QCOMPARE(page.progressBar()->maximum(), 6 * 48);
        QCOMPARE(page.progressBar()->value(), 6 * 48);
        QCOMPARE(page.series().sweep().size(), size_t(6));
        QCOMPARE(page.plot()->plotted(Layer::SweepLevels).size(), 5);
        // The committed profile's own table is shown beside the sweep.
        const dyve::EffortProfile committed =
            dyve::loadEffortProfile(opsTunedProfile("fashion-mnist-cnn").toStdString());
        QCOMPARE(page.series().levels(Source::Tuning).size(), committed.levels.size());
        QCOMPARE(size_t(page.tableModel()->rowCount()),
                 page.series().sweep().size() + page.series().tuning().size());
        QVERIFY(page.stateText().contains(QStringLiteral("6")));
        QVERIFY(page.series().sweepData().contains(QStringLiteral("fashion-mnist")));

        page.setCurrentEffort(1.0);
        QCOMPARE(page.plot()->plotted(Layer::Current).size(), 1);
        QVERIFY(page.plot()->caption().startsWith(QStringLiteral("fashion_mnist/fashion_mnist_cnn.onnx")));
        emit page.plot()->effortClicked(0.25);
        QCOMPARE(requested.count(), 1);
    }

    void thePagesCancelButtonCancelsTheSweep() {
        requireFashionMnist();
        SweepJob job(sweepRequest());
        ParetoPage page;
        page.trackSweep(&job);
        QSignalSpy cancelled(&job, &BackgroundJob::cancelled);
        QVERIFY(job.start());
        page.cancelButton()->click();
        QVERIFY(waitForEnd(job));
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(page.stateText().startsWith(QStringLiteral("Cancelled")));
        QVERIFY(!page.progressBar()->isVisibleTo(&page));
    }

    void thePageShowsATunedProfile() {
        ParetoPage page;
        page.setProfile(dyve::loadEffortProfile(opsTunedProfile("resnet56-cifar10").toStdString()));
        QCOMPARE(page.series().levels(Source::Tuning).size(), size_t(35));
        QCOMPARE(page.plot()->plotted(Layer::TunedLevels).size(), 35);
        QVERIFY(page.series().tuningData().contains(QStringLiteral("images")));
        page.clear();
        QVERIFY(page.series().empty());
        QCOMPARE(page.tableModel()->rowCount(), 0);
    }

    void thePageFollowsATuningRun() {
        requireFashionMnist();
        TuneJob job(tuneRequest());
        ParetoPage page;
        page.trackTune(&job);
        QVERIFY(job.start());
        QVERIFY(waitForEnd(job));
        QVERIFY(job.result());
        QCOMPARE(page.series().levels(Source::Tuning).size(), job.result()->profile.levels.size());
        QVERIFY(page.series().dense(Source::Tuning));
        QVERIFY(page.stateText().startsWith(QStringLiteral("Finished")));
    }
};

QTEST_MAIN(ParetoTest)
#include "ui_pareto_test.moc"
