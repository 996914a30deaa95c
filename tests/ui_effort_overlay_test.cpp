// The effort overlay (widgets/effort_overlay.h, SPEC §6 input view "where in the image effort was spent"):
// known masks give a known map, layers weigh by their dense operations, real effort runs of the bundled
// model and of SqueezeNet give a map whose mean is the run's exact share, a dense run gives none, and the
// input view draws it on the image's pixels, with its legend, and hides it when asked.
#include "common/crisp_image_view.h"
#include "common/effort_legend.h"
#include "input/input_view.h"
#include "models/effort_overlay.h"

#include "data/model_card.h"
#include "data/preprocess.h"
#include "eval/model_effort.h"
#include "import/model_loader.h"
#include "runtime/network.h"
#include "support/test_paths.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QtTest>

#include <opencv2/imgproc.hpp>

using dyve::NeuronState;
using dyve::ui::CrispImageView;
using dyve::ui::EffortLegend;
using dyve::ui::EffortOverlay;
using dyve::ui::InferenceResult;
using dyve::ui::InputView;
using dyve::ui::LayerEffort;

namespace {

// A layer of a run with masks: `maps` output maps of height × width, every neuron computed.
struct SyntheticLayer {
    int maps, height, width;
    int64_t denseOps;
    std::vector<uint8_t> neurons;

    SyntheticLayer(int m, int h, int w, int64_t ops)
        : maps(m), height(h), width(w), denseOps(ops),
          neurons(size_t(m) * size_t(h) * size_t(w), uint8_t(NeuronState::Computed)) {}
    // Every map's neuron at the positions [x0, x1) × [y0, y1) in `state`.
    void set(int x0, int y0, int x1, int y1, NeuronState state) {
        for (int m = 0; m < maps; ++m)
            for (int y = y0; y < y1; ++y)
                for (int x = x0; x < x1; ++x)
                    neurons[(size_t(m) * size_t(height) + size_t(y)) * size_t(width) + size_t(x)] =
                        uint8_t(state);
    }
};

// A result whose image is `imageSize` mid grey, with the layers given, in that order.
InferenceResult syntheticResult(const std::vector<SyntheticLayer>& layers, QSize imageSize = QSize(8, 8)) {
    InferenceResult r;
    r.image = QImage(imageSize, QImage::Format_RGB32);
    r.image.fill(QColor(128, 128, 128));
    for (const SyntheticLayer& l : layers) {
        dyve::LayerStats stats;
        stats.name = "conv" + std::to_string(r.run.layers.size());
        stats.op = "Conv";
        stats.outputShape = {1, l.maps, l.height, l.width};
        stats.denseOps = stats.executedOps = l.denseOps;
        stats.effortPath = true;
        r.run.layers.push_back(stats);
        LayerEffort e;
        e.masks.neurons = l.neurons;
        r.effort.push_back(e);
    }
    return r;
}

QImage toQImage(const cv::Mat& image) {
    cv::Mat rgb;
    cv::cvtColor(image, rgb, image.channels() == 1 ? cv::COLOR_GRAY2RGB : cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

// `image` run through `model` at effort `level` of its ops-tuned test profile (tests/data/profiles), with
// masks, filled in as the studio's worker fills an InferenceResult.
InferenceResult effortRun(const std::string& model, const std::string& image, double level) {
    dyve::Network network(dyve::loadModel(model));
    const auto profile =
        dyve::findModelEffortProfile(model, {}, {dyve::test::opsTunedProfilesDir().toStdString()}, network);
    if (!profile) throw std::runtime_error("no committed effort profile for " + model);
    const dyve::ModelCard card = dyve::loadModelCard(
        dyve::findModelCard(model, {dyve::test::sourcePath("models/cards").toStdString()}));
    const dyve::Preprocessor pre(card, model);
    network.setEffort(profile->settingsAt(level));
    network.setRecordMasks(true);
    const cv::Mat pixels = dyve::readImage(image);
    InferenceResult r;
    r.run = network.run({pre.toTensor(pixels)});
    r.image = toQImage(pixels);
    for (const dyve::LayerStats& l : r.run.layers)
        r.effort.push_back(l.effortPath ? std::optional<LayerEffort>(LayerEffort{l.effort, l.masks})
                                        : std::nullopt);
    return r;
}

std::string bundledModel() {
    return dyve::test::sourcePath("models/fashion_mnist/fashion_mnist_cnn.onnx").toStdString();
}
std::string bundledSample() {
    return dyve::test::sourcePath("resources/samples/0000_ankle_boot.png").toStdString();
}
std::string squeezeNet() {
    return dyve::test::sharedPath("zoo/squeezenet1.0-dc/model.onnx").toStdString();
}
std::string imageNetImage() {
    return dyve::test::sharedPath("data/imagenet-test/images/ILSVRC2012_val_00011875.JPEG").toStdString();
}

// The definition's mean from the engine's counts, not from the masks: Σ dense · exact / neurons ÷ Σ dense.
double exactShareFromCounts(const InferenceResult& r) {
    double sum = 0.0, weights = 0.0;
    for (const dyve::LayerStats& l : r.run.layers) {
        if (!l.effortPath) continue;
        const dyve::LayerEffortStats& s = l.effort;
        sum += double(l.denseOps) * double(s.neurons - s.spetTerminated - s.sdssInterpolated) /
               double(s.neurons);
        weights += double(l.denseOps);
    }
    return sum / weights;
}

int effortLayers(const InferenceResult& r) {
    int n = 0;
    for (const dyve::LayerStats& l : r.run.layers)
        n += l.effortPath ? 1 : 0;
    return n;
}

// Over an image of `grey`, what the overlay's colour for `effort` turns a pixel into.
QColor blended(int grey, double effort) {
    const QColor c = EffortOverlay::colour(effort);
    const double a = c.alphaF();
    return QColor(int(std::lround(c.red() * a + grey * (1 - a))),
                  int(std::lround(c.green() * a + grey * (1 - a))),
                  int(std::lround(c.blue() * a + grey * (1 - a))));
}

bool near(const QColor& a, const QColor& b, int tolerance = 3) {
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class EffortOverlayTest : public QObject {
    Q_OBJECT

private slots:
    // --- the map -------------------------------------------------------------------------------------------

    void aTerminatedRegionIsLowAndTheRestHigh() {
        SyntheticLayer layer(4, 8, 8, 1000);
        layer.set(0, 0, 4, 4, NeuronState::SpetTerminated); // the top-left quarter, every map
        const EffortOverlay overlay = EffortOverlay::fromResult(syntheticResult({layer}));
        QVERIFY(!overlay.isNull());
        QCOMPARE(overlay.gridSize(), QSize(8, 8));
        QCOMPARE(overlay.layerCount(), 1);
        QCOMPARE(overlay.value(0, 0), 0.0);
        QCOMPARE(overlay.value(3, 3), 0.0);
        QCOMPARE(overlay.value(4, 3), 1.0);
        QCOMPARE(overlay.value(7, 7), 1.0);
        QCOMPARE(overlay.mean(), 0.75);
        QCOMPARE(overlay.minimum(), 0.0);
        QCOMPARE(overlay.maximum(), 1.0);
        // The picture keeps the regions: the inside of the quarter stays skipped, far from it stays clear.
        QVERIFY(overlay.pictureValue(1, 1) < 0.01);
        QVERIFY(overlay.pictureValue(6, 6) > 0.99);
    }

    void aPartlySkippedPositionCountsItsShareOfMaps() {
        SyntheticLayer layer(4, 2, 2, 100);
        // At (1, 0): one map in four interpolated, one terminated: half computed exactly.
        layer.neurons[(0 * 2 + 0) * 2 + 1] = uint8_t(NeuronState::SdssInterpolated);
        layer.neurons[(3 * 2 + 0) * 2 + 1] = uint8_t(NeuronState::SpetTerminated);
        const EffortOverlay overlay = EffortOverlay::fromResult(syntheticResult({layer}));
        QCOMPARE(overlay.value(1, 0), 0.5);
        QCOMPARE(overlay.value(0, 0), 1.0);
        QCOMPARE(overlay.mean(), 0.875);
    }

    void layersWeighByTheirDenseOperations() {
        SyntheticLayer fine(2, 4, 4, 3000);
        fine.set(2, 0, 4, 4, NeuronState::SdssInterpolated); // the right half
        SyntheticLayer coarse(2, 2, 2, 1000);                // everything computed
        const EffortOverlay overlay = EffortOverlay::fromResult(syntheticResult({fine, coarse}));
        QCOMPARE(overlay.gridSize(), QSize(4, 4));
        QCOMPARE(overlay.layerCount(), 2);
        QCOMPARE(overlay.value(0, 2), 1.0);
        QCOMPARE(overlay.value(3, 2), 0.25); // (3000 · 0 + 1000 · 1) / 4000
        QCOMPARE(overlay.mean(), 0.625);
    }

    void gridsThatDoNotDivideKeepTheMean() {
        SyntheticLayer fine(1, 9, 7, 500);
        fine.set(0, 0, 3, 9, NeuronState::SpetTerminated);
        SyntheticLayer coarse(3, 4, 3, 700);
        coarse.neurons[5] = uint8_t(NeuronState::SdssInterpolated);
        coarse.neurons[12 + 7] = uint8_t(NeuronState::SpetTerminated);
        coarse.set(0, 3, 3, 4, NeuronState::SdssInterpolated);
        SyntheticLayer fullyConnected(10, 1, 1, 300);
        fullyConnected.neurons[4] = uint8_t(NeuronState::SpetTerminated);
        const EffortOverlay overlay =
            EffortOverlay::fromResult(syntheticResult({fine, coarse, fullyConnected}));
        QCOMPARE(overlay.gridSize(), QSize(7, 9));
        const double fineShare = 1.0 - 27.0 / 63.0;
        const double coarseShare = 1.0 - (2.0 + 9.0) / 36.0; // two single neurons, then a row of 3 × 3 maps
        const double fcShare = 0.9;
        const double expected = (500 * fineShare + 700 * coarseShare + 300 * fcShare) / 1500.0;
        QVERIFY2(std::abs(overlay.mean() - expected) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(overlay.mean()).arg(expected)));
    }

    void aDenseResultHasNoOverlay() {
        InferenceResult dense = syntheticResult({SyntheticLayer(2, 4, 4, 100)});
        dense.effort.clear();
        QVERIFY(EffortOverlay::fromResult(dense).isNull());
        QVERIFY(EffortOverlay::fromResult(dense).toImage(QSize(8, 8)).isNull());
        dense.effort.assign(dense.run.layers.size(), std::nullopt); // layers the effort path left dense
        QVERIFY(EffortOverlay::fromResult(dense).isNull());
    }

    void masksThatDoNotFitTheLayerAreIgnored() {
        InferenceResult r = syntheticResult({SyntheticLayer(2, 4, 4, 100)});
        r.effort[0]->masks.neurons.resize(2 * 4 * 3);
        QVERIFY(EffortOverlay::fromResult(r).isNull());
    }

    // --- the picture ---------------------------------------------------------------------------------------

    void thePictureIsClearWhereEverythingWasComputedAndRedWhereItWasSkipped() {
        SyntheticLayer layer(4, 8, 8, 1000);
        layer.set(0, 0, 4, 4, NeuronState::SpetTerminated);
        const QImage picture = EffortOverlay::fromResult(syntheticResult({layer})).toImage(QSize(64, 64));
        QCOMPARE(picture.size(), QSize(64, 64));
        QCOMPARE(qAlpha(picture.pixel(56, 56)), 0);
        const QColor skipped = EffortOverlay::colour(0.0);
        QCOMPARE(skipped.alphaF(), float(EffortOverlay::kMaxAlpha));
        const QColor drawn = QColor::fromRgba(qUnpremultiply(picture.pixel(10, 10)));
        QVERIFY2(std::abs(drawn.alpha() - skipped.alpha()) <= 2 && near(drawn, skipped),
                 qPrintable(drawn.name(QColor::HexArgb)));
        QCOMPARE(EffortOverlay::colour(1.0).alpha(), 0);
        QVERIFY(EffortOverlay::colour(0.9).alpha() < EffortOverlay::colour(0.7).alpha());
    }

    // --- real runs -----------------------------------------------------------------------------------------

    void theBundledModelsEffortRunHasAnOverlayWhoseMeanIsItsExactShare() {
        const InferenceResult r = effortRun(bundledModel(), bundledSample(), 1.0);
        const EffortOverlay overlay = EffortOverlay::fromResult(r);
        QVERIFY(!overlay.isNull());
        QCOMPARE(overlay.layerCount(), effortLayers(r));
        // The grid of the first layer that ran its EffortConv (a layer whose knobs the tuned profile leaves
        // off runs its dense layer).
        const dyve::LayerStats* first = nullptr;
        for (const dyve::LayerStats& l : r.run.layers)
            if (l.effortPath && !first) first = &l;
        QVERIFY(first && first->outputShape.size() == 4);
        QCOMPARE(overlay.gridSize(), QSize(int(first->outputShape[3]), int(first->outputShape[2])));
        QVERIFY2(overlay.maximum() - overlay.minimum() > 0.05,
                 qPrintable(QStringLiteral("%1 – %2").arg(overlay.minimum()).arg(overlay.maximum())));
        QVERIFY(overlay.mean() < 1.0);
        QVERIFY2(std::abs(overlay.mean() - exactShareFromCounts(r)) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(overlay.mean()).arg(exactShareFromCounts(r))));
    }

    void squeezeNetSpendsItsEffortUnevenlyOverAPhotograph() {
        DYVE_REQUIRE_SHARED();
        const InferenceResult r = effortRun(squeezeNet(), imageNetImage(), 1.0);
        const EffortOverlay overlay = EffortOverlay::fromResult(r);
        QCOMPARE(overlay.layerCount(), effortLayers(r));
        QCOMPARE(overlay.gridSize(), QSize(111, 111)); // conv1's output
        QVERIFY2(std::abs(overlay.mean() - exactShareFromCounts(r)) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(overlay.mean()).arg(exactShareFromCounts(r))));
        QVERIFY2(overlay.maximum() - overlay.minimum() > 0.2,
                 qPrintable(QStringLiteral("%1 – %2").arg(overlay.minimum()).arg(overlay.maximum())));
        // Not only in single cells: the picture, smoothed, still varies by more than a tenth.
        double low = 1.0, high = 0.0;
        for (int y = 0; y < 111; ++y)
            for (int x = 0; x < 111; ++x) {
                low = std::min(low, overlay.pictureValue(x, y));
                high = std::max(high, overlay.pictureValue(x, y));
            }
        QVERIFY2(high - low > 0.1, qPrintable(QStringLiteral("%1 – %2").arg(low).arg(high)));
    }

    void effortLevelZeroComputesEverythingAndTintsNothing() {
        // Level 0 is the dense path: no layer runs its EffortConv, so there is nothing to tint.
        const InferenceResult r = effortRun(bundledModel(), bundledSample(), 0.0);
        QCOMPARE(effortLayers(r), 0);
        QCOMPARE(r.run.executedOps(), r.run.denseOps() - r.run.zeroWeightOps());
        const EffortOverlay overlay = EffortOverlay::fromResult(r);
        QVERIFY(overlay.isNull());
        QVERIFY(!EffortOverlay::fromResult(effortRun(bundledModel(), bundledSample(), 1.0)).isNull());
    }

    // --- the input view ------------------------------------------------------------------------------------

    void theInputViewDrawsTheOverlayOnTheImagesPixels() {
        SyntheticLayer layer(4, 8, 8, 1000);
        layer.set(0, 0, 4, 4, NeuronState::SpetTerminated);
        const InferenceResult r = syntheticResult({layer});
        InputView view;
        view.resize(400, 500);
        view.show();
        view.showResult(r);
        QVERIFY(view.overlayShown()); // on at first
        QVERIFY(view.overlayVisible());
        QVERIFY(view.findChild<EffortLegend*>()->isVisible());
        QVERIFY(view.findChild<QCheckBox*>(QStringLiteral("effortOverlayToggle"))->isEnabled());

        auto* image = view.findChild<CrispImageView*>();
        QCOMPARE(image->overlay().size(), r.image.size()); // one overlay pixel per image pixel
        const QRect rect = image->imageRect();
        const int s = image->scale();
        QVERIFY(s >= 8);
        QCOMPARE(rect.size(), r.image.size() * s);
        const QImage shot = image->grab().toImage();
        const EffortOverlay& overlay = view.overlay();
        // Every screen pixel of an image pixel carries that pixel's tint, from the image's first row on.
        for (const QPoint& p : {QPoint(0, 0), QPoint(1, 1), QPoint(3, 2), QPoint(6, 6), QPoint(7, 7)}) {
            const QColor expected = blended(128, overlay.pictureValue(p.x(), p.y()));
            for (const QPoint& corner :
                 {QPoint(0, 0), QPoint(s - 1, 0), QPoint(0, s - 1), QPoint(s - 1, s - 1)}) {
                const QColor seen = shot.pixelColor(rect.topLeft() + p * s + corner);
                QVERIFY2(near(seen, expected, 6), qPrintable(QStringLiteral("pixel (%1, %2): %3, expected %4")
                                                                 .arg(p.x())
                                                                 .arg(p.y())
                                                                 .arg(seen.name(), expected.name())));
            }
        }
        QCOMPARE(shot.pixelColor(rect.topLeft() + QPoint(7, 7) * s), QColor(128, 128, 128));
        QVERIFY(shot.pixelColor(rect.topLeft() + QPoint(1, 1) * s).red() > 160);
    }

    void theToggleHidesAndShowsTheOverlay() {
        SyntheticLayer layer(2, 8, 8, 1000);
        layer.set(0, 0, 8, 4, NeuronState::SdssInterpolated);
        InputView view;
        view.show();
        view.showResult(syntheticResult({layer}));
        QSignalSpy changed(&view, &InputView::overlayShownChanged);
        auto* toggle = view.findChild<QCheckBox*>(QStringLiteral("effortOverlayToggle"));
        toggle->click();
        QVERIFY(!view.overlayShown());
        QVERIFY(!view.overlayVisible());
        QVERIFY(view.findChild<CrispImageView*>()->overlay().isNull());
        QVERIFY(!view.findChild<EffortLegend*>()->isVisible());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
        view.setOverlayShown(true);
        QVERIFY(toggle->isChecked());
        QVERIFY(view.overlayVisible());
        QVERIFY(view.findChild<EffortLegend*>()->isVisible());
        QCOMPARE(changed.count(), 2);
    }

    void theChoiceHoldsForTheNextResult() {
        SyntheticLayer layer(2, 8, 8, 1000);
        layer.set(0, 0, 8, 4, NeuronState::SdssInterpolated);
        InputView view;
        view.setOverlayShown(false);
        view.showResult(syntheticResult({layer}));
        QVERIFY(!view.overlayVisible());
        QVERIFY(!view.overlay().isNull()); // there is one, not drawn
        view.setOverlayShown(true);
        QVERIFY(view.overlayVisible());
    }

    void aDenseRunShowsNoOverlayAndDisablesTheToggle() {
        InputView view;
        view.show();
        SyntheticLayer layer(2, 8, 8, 1000);
        layer.set(0, 0, 8, 4, NeuronState::SdssInterpolated);
        view.showResult(syntheticResult({layer}));
        QVERIFY(view.overlayVisible());
        InferenceResult dense = syntheticResult({layer});
        dense.effort.clear();
        view.showResult(dense);
        QVERIFY(!view.overlayVisible());
        QVERIFY(view.overlay().isNull());
        QVERIFY(!view.findChild<QCheckBox*>(QStringLiteral("effortOverlayToggle"))->isEnabled());
        QVERIFY(!view.findChild<EffortLegend*>()->isVisible());
        QVERIFY(view.overlayShown()); // the choice stays for the next effort run
    }

    void clearingTheViewRemovesTheOverlay() {
        SyntheticLayer layer(2, 8, 8, 1000);
        layer.set(0, 0, 8, 4, NeuronState::SdssInterpolated);
        InputView view;
        view.showResult(syntheticResult({layer}));
        QVERIFY(view.overlayVisible());
        view.clear();
        QVERIFY(!view.overlayVisible());
        view.showResult(syntheticResult({layer}));
        view.showFailure(QStringLiteral("broken.png: cannot read image"));
        QVERIFY(!view.overlayVisible());
    }

    void aPictureLargerThanTheViewIsShrunkWithItsOverlay() {
        SyntheticLayer layer(4, 8, 8, 1000);
        layer.set(0, 0, 4, 4, NeuronState::SpetTerminated);
        const InferenceResult r = syntheticResult({layer}, QSize(1200, 800)); // a camera frame, say
        InputView view;
        view.resize(400, 500);
        view.show();
        view.showResult(r);
        auto* image = view.findChild<CrispImageView*>();
        QVERIFY(image->width() < r.image.width());
        const QRect rect = image->imageRect();
        QVERIFY(rect.width() <= image->width() && rect.height() <= image->height());
        QVERIFY(std::abs(double(rect.width()) / rect.height() - 1.5) < 0.02);
        QCOMPARE(image->overlay().size(), r.image.size());
        // Shrunk together: the tint is on the image's top-left quarter, not beside it.
        const QImage shot = image->grab().toImage();
        const QPoint inside = rect.topLeft() + QPoint(rect.width() / 8, rect.height() / 8);
        const QPoint outside = rect.topLeft() + QPoint(rect.width() * 7 / 8, rect.height() * 7 / 8);
        QVERIFY(near(shot.pixelColor(inside), blended(128, 0.0), 6));
        QCOMPARE(shot.pixelColor(outside), QColor(128, 128, 128));
    }

    void theLegendRunsFromClearToTheSkippedTint() {
        EffortLegend legend;
        legend.resize(legend.sizeHint());
        const QImage shot = legend.grab().toImage();
        const QRect bar = legend.barRect();
        const QColor grey(0x9e, 0x9e, 0x9e);
        QVERIFY(near(shot.pixelColor(bar.left() + 1, bar.center().y()), grey, 4));
        QVERIFY(near(shot.pixelColor(bar.right() - 1, bar.center().y()), blended(0x9e, 0.0), 6));
    }
};

QTEST_MAIN(EffortOverlayTest)
#include "ui_effort_overlay_test.moc"
