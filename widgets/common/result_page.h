#pragma once

#include "models/inference_result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QImage;

namespace dyve::ui {

class InferenceWorker;

// One file a page can write (File ▸ Export, SPEC §6): the menu's text, the dialog's caption, the file
// offered, the dialog's filter, what the file is (for messages: "heatmap"), and its bytes as the page shows
// them now (empty: nothing to write).
struct PageExport {
    QString menuText;  // "&Heatmap as PNG…"
    QString caption;   // "Export Heatmap"
    QString suggested; // "heatmap.png"
    QString filter;    // "PNG images (*.png)"
    QString what;      // "heatmap"
    std::function<QByteArray()> bytes;
    bool onToolbar = false; // also a button of the main toolbar
};

// PNG bytes of `image`; empty when it is null or cannot be encoded.
QByteArray pngBytes(const QImage& image);

// A dock of the studio that shows what the engine did (hotspot's result pages are the model): the page
// follows the InferenceWorker itself — every result, every input that failed to run, every model opened —
// and says which files it exports. The window only docks pages and lists their exports, so a new view is a
// new page and one line where the window docks it.
class ResultPage : public QWidget {
    Q_OBJECT

public:
    explicit ResultPage(QWidget* parent = nullptr);

    // From now on every result of `worker` reaches showResult, every failed run showFailure, and every model
    // opened showModel, after clearResults when it is another. A page without a worker shows what it is
    // given (tests).
    void follow(InferenceWorker* worker);

    // The run of an input (or of a camera frame); result.timingRerun when it is the input on screen run
    // again to time it.
    virtual void showResult(const InferenceResult& result);
    // An input that could not be run.
    virtual void showFailure(const QString& message);
    // Another model was opened: what the page shows belongs to the previous one.
    virtual void clearResults();
    // A model was opened (another, after clearResults, or the same again).
    virtual void showModel(const ModelSummary& model);
    // What File ▸ Export offers of this page, in menu order.
    virtual QList<PageExport> exports() const;
};

} // namespace dyve::ui
