#include "common/result_page.h"

#include "jobs/inference_worker.h"

#include <QBuffer>
#include <QImage>

namespace dyve::ui {

QByteArray pngBytes(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) return {};
    return bytes;
}

ResultPage::ResultPage(QWidget* parent) : QWidget(parent) {}

void ResultPage::follow(InferenceWorker* worker) {
    connect(worker, &InferenceWorker::resultReady, this,
            [this](quint64, const InferenceResult& result) { showResult(result); });
    connect(worker, &InferenceWorker::failed, this,
            [this](quint64, const QString& message) { showFailure(message); });
    connect(worker, &InferenceWorker::modelReplaced, this, [this](const ModelSummary&) { clearResults(); });
    connect(worker, &InferenceWorker::modelLoaded, this,
            [this](const ModelSummary& model) { showModel(model); });
}

void ResultPage::showResult(const InferenceResult&) {}

void ResultPage::showFailure(const QString&) {}

void ResultPage::clearResults() {}

void ResultPage::showModel(const ModelSummary&) {}

QList<PageExport> ResultPage::exports() const {
    return {};
}

} // namespace dyve::ui
