#pragma once

#include "jobs/background_job.h"
#include "jobs/sweep_job.h"

#include "effort/effort_profile.h"
#include "eval/calibrate.h"
#include "eval/tuner.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace dyve::ui {

// What to tune: an effort profile for a model (with its card) on a labelled tuning set, as `dyve tune`
// does (SPEC §4.7).
struct TuneRequest {
    QString model;
    QString weights;       // Caffe: the .caffemodel; empty: the one beside the .prototxt
    QString modelSha256;   // as opened on screen: a file changed since is refused (empty: no check)
    QString dataSet;       // the tuning set (tune on a tuning split); empty: the card's default data set
    size_t images = 0;     // > 0: only the first `images` images of the tuning set
    double budgetPp = 0.5; // allowed top-1 drop against dense, percentage points
    dyve::TuneObjective objective = dyve::TuneObjective::Time; // as `dyve tune`
    size_t screenImages = 48;                                  // see dyve::TuneOptions::screenImages
    size_t calibrationImages = dyve::kDefaultCalibrationImages;
    int batch = 8;
    // Where to write the profile when the tuning ends (also when cancelled after some levels were found);
    // empty: not written. Checked for writing before the tuning starts.
    QString output;
    std::vector<std::string> cardDirs; // where the model's card is looked for (SPEC §5.2)
};

// Tunes an effort profile off the GUI thread with the engine's tuneEffort() — the search of `dyve tune`
// (SPEC §3, §4.7). Progress: the images being read, then per layer of the sensitivity sweep; the greedy
// search's length is not known in advance, so its progress is shown as busy, with a status line and one log
// line per step tried. A cancel keeps the levels found so far.
class TuneJob : public BackgroundJob {
    Q_OBJECT

public:
    explicit TuneJob(TuneRequest request, QObject* parent = nullptr);

    QString title() const override;
    const TuneRequest& request() const { return m_request; }

    // Set when the tuning ended, cancelled or not: the result, its profile (model and digest filled in)
    // and the dense path's operations per image (the reference of the profile's Pareto table).
    const std::optional<dyve::TuneResult>& result() const { return m_result; }
    double denseOpsPerImage() const { return m_denseOps; }
    const QString& dataSet() const { return m_dataSet; }
    // The profile's file when it was written.
    const QString& written() const { return m_written; }
    const QStringList& log() const { return m_log; }

signals:
    // Where the tuning stands: "sensitivity 2 of 5: /conv2/Conv".
    void statusChanged(const QString& text);
    // A step of the search accepted or rejected (dyve::TuneOptions::log).
    void logLine(const QString& line);
    // The tuned profile, once the tuning ended (cancelled or not), before the job ends.
    void profileReady(const dyve::EffortProfile& profile, double denseOpsPerImage);

protected:
    Work prepare() override;

private:
    TuneRequest m_request;
    std::optional<dyve::TuneResult> m_result;
    double m_denseOps = 0.0;
    QString m_dataSet;
    QString m_written;
    QStringList m_log;
};

} // namespace dyve::ui
