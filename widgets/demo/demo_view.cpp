#include "demo/demo_view.h"

#include "core/number_text.h"

#include "common/effort_legend.h"
#include "jobs/frame_clock.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dyve::ui {

// The frame, scaled to fit with its aspect kept: nearest-neighbour when blown up a lot (a 28×28 sample
// must stay readable pixels), smooth otherwise (a camera picture). The effort overlay goes into the same
// rectangle with the same sampling, so it stays on the picture at any size.
class DemoFrame : public QWidget {
public:
    explicit DemoFrame(QWidget* parent) : QWidget(parent) {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMinimumSize(160, 120);
    }
    void setImage(const QImage& image) {
        m_image = image;
        update();
    }
    const QImage& image() const { return m_image; }
    void setOverlay(const QImage& overlay) {
        m_overlay = overlay;
        update();
    }
    const QImage& overlay() const { return m_overlay; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        if (m_image.isNull()) return;
        const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
        p.setRenderHint(QPainter::SmoothPixmapTransform, fitted.width() < 3 * m_image.width());
        p.drawImage(target, m_image);
        if (!m_overlay.isNull()) p.drawImage(target, m_overlay);
    }

private:
    QImage m_image;
    QImage m_overlay;
};

namespace {

QLabel* makeLabel(QWidget* parent, const QString& name, const QString& colour) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    label->setWordWrap(true);
    return label;
}

// The grid: the picture and the readout side by side, sharing the width by their stretch.
constexpr int kSideMargin = 28;
constexpr int kColumnSpacing = 36;
constexpr int kPictureStretch = 3;
constexpr int kReadoutStretch = 2;

void setPixelSize(QWidget* w, int pixels, bool bold = false) {
    QFont f = w->font();
    f.setPixelSize(std::max(10, pixels));
    f.setBold(bold);
    w->setFont(f);
}

// The largest size up to `pixels` at which every word of `text` fits in `width`: a label wraps between
// words, and a long class name ("miniature poodle", "Granny Smith") must not push the window past the
// screen.
int fittingPixelSize(const QFont& font, const QString& text, int pixels, int width) {
    QFont f = font;
    for (; pixels > 10; pixels = pixels * 9 / 10) {
        f.setPixelSize(pixels);
        const QFontMetrics metrics(f);
        bool fits = true;
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            fits = fits && metrics.horizontalAdvance(word) <= width;
        if (fits) break;
    }
    return std::max(10, pixels);
}

} // namespace

DemoView::DemoView(QWidget* parent)
    : QWidget(parent), m_frame(new DemoFrame(this)),
      m_source(makeLabel(this, QStringLiteral("demoSource"), "#9aa4b1")),
      m_prediction(makeLabel(this, QStringLiteral("demoPrediction"), "#ffffff")),
      m_probability(makeLabel(this, QStringLiteral("demoProbability"), "#7fd1ff")),
      m_truth(makeLabel(this, QStringLiteral("demoTruth"), "#9aa4b1")),
      m_fps(makeLabel(this, QStringLiteral("demoFps"), "#e0e0e0")),
      m_ms(makeLabel(this, QStringLiteral("demoMs"), "#e0e0e0")),
      m_latency(makeLabel(this, QStringLiteral("demoLatency"), "#9aa4b1")),
      m_message(makeLabel(this, QStringLiteral("demoMessage"), "#ff8a80")),
      m_effortLabel(makeLabel(this, QStringLiteral("demoEffortLabel"), "#ffffff")),
      m_effort(new QSlider(Qt::Horizontal, this)), m_overlayToggle(new QToolButton(this)),
      m_legend(new EffortLegend(this)), m_exit(new QToolButton(this)) {
    setObjectName(QStringLiteral("demoView"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x12, 0x14, 0x18));
    setPalette(pal);
    setFocusPolicy(Qt::StrongFocus);

    m_effort->setObjectName(QStringLiteral("demoEffort"));
    m_effort->setRange(0, 100);
    m_effort->setValue(100);
    m_effort->setPageStep(10);
    m_effort->setToolTip(
        tr("Effort level: 0 runs the dense network (exact); 1 the most aggressive level tuned "
           "for the model, which skips the most work"));
    // Big enough for a finger on a 7" touch screen.
    m_effort->setStyleSheet(QStringLiteral(
        "QSlider::groove:horizontal { height: 18px; border-radius: 9px; background: #3a404a; }"
        "QSlider::sub-page:horizontal { border-radius: 9px; background: #2f9e6e; }"
        "QSlider::handle:horizontal { width: 56px; height: 56px; margin: -19px 0; border-radius: 28px;"
        " background: #f5f5f5; }"));
    m_effort->setMinimumHeight(64);
    connect(m_effort, &QSlider::valueChanged, this, [this](int value) {
        updateEffortLabel();
        emit effortChanged(value);
    });

    m_overlayToggle->setObjectName(QStringLiteral("demoOverlayToggle"));
    m_overlayToggle->setText(tr("Effort overlay"));
    m_overlayToggle->setToolTip(tr("Tint the picture where the effort path skipped work"));
    m_overlayToggle->setCheckable(true);
    m_overlayToggle->setChecked(true);
    m_overlayToggle->setStyleSheet(QStringLiteral(
        "QToolButton { color: #e0e0e0; background: #2a2f37; border: 1px solid #4a515c; border-radius: 6px;"
        " padding: 8px 14px; }"
        "QToolButton:checked { background: #7a1f20; border-color: #d62728; }"));
    connect(m_overlayToggle, &QToolButton::toggled, this, [this](bool on) {
        updateOverlay();
        emit overlayShownChanged(on);
    });
    QPalette legendPalette = m_legend->palette();
    legendPalette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    m_legend->setPalette(legendPalette);

    m_exit->setObjectName(QStringLiteral("demoExit"));
    m_exit->setText(QStringLiteral("✕"));
    m_exit->setToolTip(tr("Leave the demo (Esc)"));
    m_exit->setAutoRaise(true);
    m_exit->setStyleSheet(
        QStringLiteral("QToolButton { color: #9aa4b1; font-size: 28px; padding: 6px 12px; }"));
    connect(m_exit, &QToolButton::clicked, this, &DemoView::exitRequested);

    m_prediction->setWordWrap(true);
    m_message->hide();
    m_latency->hide();
    // The picture and the readout share the width by their stretch; no text widens its column (the
    // prediction's size is fitted to it, longer lines wrap or are cut).
    for (QLabel* label : {m_source, m_prediction, m_probability, m_truth, m_fps, m_ms, m_latency, m_message})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* side = new QVBoxLayout;
    side->setSpacing(10);
    auto* top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_exit, 0, Qt::AlignTop);
    side->addLayout(top);
    side->addStretch(1);
    side->addWidget(m_prediction);
    side->addWidget(m_probability);
    side->addWidget(m_truth);
    side->addStretch(1);
    side->addWidget(m_fps);
    side->addWidget(m_ms);
    side->addWidget(m_latency);
    side->addWidget(m_message);

    auto* effortRow = new QHBoxLayout;
    effortRow->setSpacing(24);
    effortRow->addWidget(m_effortLabel);
    effortRow->addWidget(m_effort, 1);

    auto* overlayRow = new QHBoxLayout;
    overlayRow->setSpacing(16);
    overlayRow->addWidget(m_overlayToggle);
    overlayRow->addWidget(m_legend);
    overlayRow->addStretch(1);
    auto* picture = new QVBoxLayout;
    picture->setSpacing(8);
    picture->addWidget(m_frame, 1);
    picture->addLayout(overlayRow);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(kSideMargin, 20, kSideMargin, 24);
    grid->setHorizontalSpacing(kColumnSpacing);
    grid->setVerticalSpacing(20);
    grid->addLayout(picture, 0, 0);
    grid->addLayout(side, 0, 1);
    grid->addLayout(effortRow, 1, 0, 1, 2);
    grid->setColumnStretch(0, kPictureStretch);
    grid->setColumnStretch(1, kReadoutStretch);
    grid->setRowStretch(0, 1);

    m_prediction->setText(QStringLiteral("—"));
    m_fps->setText(m_readout.fpsText());
    m_ms->setText(m_readout.msText());
    updateEffortLabel();
    updateOverlay();
    m_clock.start();
}

void DemoView::setResult(const InferenceResult& result) {
    const double latencyMs = result.grabbedNs > 0 ? msSinceGrab(result.grabbedNs) : -1.0;
    m_readout.addFrame(double(m_clock.nsecsElapsed()) / 1e6, result.run.ms, latencyMs);
    m_frame->setImage(result.image);
    m_overlay = EffortOverlay::fromResult(result);
    updateOverlay();
    const DemoReadout::Prediction p = DemoReadout::prediction(result);
    if (p.label != m_prediction->text()) { // a camera repeats its class frame after frame
        m_prediction->setText(p.label);
        fitPrediction();
    }
    m_prediction->setStyleSheet(p.confident ? QStringLiteral("color: #ffffff;")
                                            : QStringLiteral("color: #c0c4cc;"));
    m_probability->setText(p.probability);
    if (result.label >= 0 && !result.top.empty()) {
        const bool right = result.top.front().index == result.label;
        m_truth->setText(right ? tr("✔ correct") : tr("✘ truth: %1").arg(result.className(result.label)));
        m_truth->setStyleSheet(right ? QStringLiteral("color: #66d17a;") : QStringLiteral("color: #ff8a80;"));
    } else {
        m_truth->clear();
    }
    m_fps->setText(m_readout.fpsText());
    // Through the width cascade (issue 16): the width that answered.
    m_ms->setText(result.cascade
                      ? tr("%1 · width %2")
                            .arg(m_readout.msText(), QString::fromStdString(dyve::widthText(result.width)))
                      : m_readout.msText());
    m_latency->setText(m_readout.latencyText());
    m_latency->setVisible(!m_latency->text().isEmpty());
}

void DemoView::setSource(const QString& source) {
    m_source->setText(source);
}

void DemoView::showMessage(const QString& message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

int DemoView::effort() const {
    return m_effort->value();
}

void DemoView::setEffort(int percent) {
    m_effort->setValue(std::clamp(percent, 0, 100));
}

bool DemoView::overlayShown() const {
    return m_overlayToggle->isChecked();
}

void DemoView::setOverlayShown(bool shown) {
    m_overlayToggle->setChecked(shown);
}

bool DemoView::overlayVisible() const {
    return !m_frame->overlay().isNull();
}

void DemoView::updateOverlay() {
    const bool available = !m_overlay.isNull();
    // At the frame's own size: the frame draws it into the picture's rectangle.
    m_frame->setOverlay(available && overlayShown() ? m_overlay.toImage(m_frame->image().size()) : QImage());
    m_legend->setVisible(available && overlayShown());
}

int DemoView::readoutWidth() const {
    // The grid's second column: its stretch's share of the width inside the margins and the column spacing.
    return std::max(80, (width() - 2 * kSideMargin - kColumnSpacing) * kReadoutStretch /
                            (kPictureStretch + kReadoutStretch));
}

void DemoView::fitPrediction() {
    const int h = std::max(height(), 300);
    QFont bold = m_prediction->font();
    bold.setBold(true);
    setPixelSize(m_prediction, fittingPixelSize(bold, m_prediction->text(), h / 9, readoutWidth()), true);
}

QString DemoView::effortText() const {
    return m_effortLabel->text();
}

QString DemoView::predictionText() const {
    return m_prediction->text();
}

QString DemoView::latencyText() const {
    return m_latency->text();
}

QString DemoView::probabilityText() const {
    return m_probability->text();
}

QString DemoView::message() const {
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void DemoView::updateEffortLabel() {
    m_effortLabel->setText(tr("Effort level %1").arg(QLocale().toString(m_effort->value() / 100.0, 'f', 2)));
}

void DemoView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        emit exitRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DemoView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int h = std::max(height(), 300);
    fitPrediction();
    setPixelSize(m_probability, h / 15, true);
    setPixelSize(m_truth, h / 28);
    setPixelSize(m_fps, h / 26);
    setPixelSize(m_ms, h / 26);
    setPixelSize(m_latency, h / 40);
    setPixelSize(m_source, h / 40);
    setPixelSize(m_message, h / 40);
    setPixelSize(m_effortLabel, h / 26, true);
    setPixelSize(m_overlayToggle, h / 34);
    setPixelSize(m_legend, h / 40);
    // The label keeps its width as the value changes, so the slider does not jump.
    m_effortLabel->setMinimumWidth(m_effortLabel->fontMetrics().horizontalAdvance(
                                       tr("Effort level %1").arg(QLocale().toString(0.88, 'f', 2))) +
                                   8);
}

} // namespace dyve::ui
