#include "models/report_builder.h"

#include "models/effort_overlay.h"

#include "core/number_text.h"
#include "runtime/threading.h"

#include <QBuffer>
#include <QPainter>

namespace dyve::ui {

namespace {

std::string text(const QString& s) {
    return s.toStdString();
}

dyve::ReportEffortPoint reportPoint(const ParetoEntry& e) {
    dyve::ReportEffortPoint p;
    switch (e.kind) {
    case ParetoEntry::Kind::Dense:
        p.kind = dyve::ReportEffortPoint::Kind::Dense;
        break;
    case ParetoEntry::Kind::Level:
        p.kind = dyve::ReportEffortPoint::Kind::Level;
        break;
    case ParetoEntry::Kind::Candidate:
        p.kind = dyve::ReportEffortPoint::Kind::Rejected;
        break;
    case ParetoEntry::Kind::Width:
        p.kind = dyve::ReportEffortPoint::Kind::Width;
        p.width = e.width;
        break;
    }
    p.effort = e.effort;
    p.top1 = e.top1;
    p.ops = e.ops;
    p.denseOps = e.denseOps;
    p.ms = e.ms;
    p.onFront = e.onFront;
    return p;
}

std::vector<dyve::ReportEffortPoint> reportPoints(const std::vector<ParetoEntry>& entries) {
    std::vector<dyve::ReportEffortPoint> points;
    for (const ParetoEntry& e : entries)
        points.push_back(reportPoint(e));
    return points;
}

} // namespace

ReportBuilder::ReportBuilder(const ModelSummary& model) {
    m_report.generator = "dyve-studio " DYVE_VERSION;
    m_report.created = dyve::reportTimestamp();
    m_report.threads = dyve::threadCount();
    m_report.modelPath = text(model.path);
    m_report.modelName = text(model.name);
    m_report.modelFormat = text(model.format);
    m_report.modelSha256 = text(model.sha256);
    m_report.cardFile = text(model.cardFile);
    for (const QString& name : model.classNames)
        m_report.classNames.push_back(text(name));
}

void ReportBuilder::setEffort(const EffortControl& control, const QString& profileSource) {
    m_report.effortLevel = control.level();
    m_report.effortSource = text(profileSource);
    m_report.effortDetails.clear();
    static const std::pair<Mechanism, const char*> kScales[] = {
        {Mechanism::Spet, "SPET scale"}, {Mechanism::Sdss, "SDSS scale"}, {Mechanism::Sfma, "SFMA scale"}};
    for (const auto& [mechanism, name] : kScales)
        m_report.effortDetails.emplace_back(name, dyve::percent(control.scale(mechanism), 0));
    std::string overridden;
    for (const std::string& layer : control.layers())
        if (!control.layerOverride(layer).empty()) overridden += (overridden.empty() ? "" : ", ") + layer;
    if (!overridden.empty()) m_report.effortDetails.emplace_back("Layers overridden", overridden);
}

void ReportBuilder::setResult(const InferenceResult& result, const EffortControl& control,
                              const QString& profileSource) {
    if (result.effortRun) {
        setEffort(control, profileSource);
    } else {
        m_report.effortLevel.reset();
        m_report.effortSource.clear();
        m_report.effortDetails.clear();
    }
    dyve::ReportInput input;
    input.name = text(result.inputName);
    input.label = result.label;
    input.top = result.top;
    input.run = result.run;
    // The masks are the heatmaps' (figures); the report's tables need only the counts.
    for (dyve::LayerStats& layer : input.run.layers)
        layer.masks = {};
    input.run.outputs.clear();
    if (result.effortRun && result.dense) {
        input.dense = result.dense->run;
        input.dense->outputs.clear();
        input.denseTop = result.dense->top;
    }
    m_report.inputs = {std::move(input)};
}

void ReportBuilder::setEvaluation(const dyve::EvalReport& report,
                                  const std::optional<dyve::EvalReport>& reference) {
    m_report.evaluation = report;
    m_report.evaluationReference = reference;
}

void ReportBuilder::setPareto(const ParetoSeries& series) {
    m_report.sweep = reportPoints(series.sweep());
    m_report.sweepData = text(series.sweepData());
    m_report.tuning = reportPoints(series.tuning());
    m_report.tuningData = text(series.tuningData());
}

void ReportBuilder::addFigure(const QString& title, const QString& caption, const QImage& image) {
    if (image.isNull()) return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_report.figures.push_back(
        {text(title), text(caption), std::vector<unsigned char>(png.begin(), png.end())});
}

void ReportBuilder::save(const QString& file) const {
    dyve::saveHtmlReport(text(file), m_report);
}

QImage ReportBuilder::inputPicture(const InferenceResult& result, int longSide) {
    if (result.image.isNull()) return {};
    const QSize size = result.image.size().scaled(longSide, longSide, Qt::KeepAspectRatio);
    // Small inputs (28×28) are scaled without blur, as the input view shows them.
    const bool small = result.image.width() * 4 <= size.width();
    QImage picture =
        result.image.convertToFormat(QImage::Format_ARGB32_Premultiplied)
            .scaled(size, Qt::IgnoreAspectRatio, small ? Qt::FastTransformation : Qt::SmoothTransformation);
    const EffortOverlay overlay = EffortOverlay::fromResult(result);
    if (!overlay.isNull()) {
        QPainter painter(&picture);
        painter.drawImage(QPoint(0, 0), overlay.toImage(picture.size()));
    }
    return picture;
}

} // namespace dyve::ui
