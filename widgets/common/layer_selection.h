#pragma once

#include <QObject>

namespace dyve {
struct RunResult;
}

namespace dyve::ui {

class InferenceWorker;

// The layer the studio's layer pages look at (the layer table selects it; the heatmaps and the operations
// plot follow): one index into RunResult::layers, shared by the pages that show a layer.
class LayerSelection : public QObject {
    Q_OBJECT

public:
    explicit LayerSelection(QObject* parent = nullptr);

    // Before the pages follow the worker: each result then first fits the selection (fitTo), and a newly
    // opened model clears it, so every page sees the layer it is to show when its result arrives.
    void follow(InferenceWorker* worker);

    int layer() const { return m_layer; }
    void select(int layer);
    // Keeps the layer when `run` has it; otherwise the run's first convolution, where the heatmaps say the
    // most, else its first layer.
    void fitTo(const dyve::RunResult& run);

signals:
    void changed(int layer);

private:
    int m_layer = -1;
};

} // namespace dyve::ui
