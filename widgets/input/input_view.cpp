#include "input/input_view.h"

#include "core/number_text.h"

#include "common/crisp_image_view.h"
#include "common/effort_legend.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace dyve::ui {

InputView::InputView(QWidget* parent)
    : ResultPage(parent), m_image(new CrispImageView(this)), m_name(new QLabel(this)),
      m_truth(new QLabel(this)), m_error(new QLabel(this)),
      m_overlayToggle(new QCheckBox(tr("Effort overlay"), this)), m_legend(new EffortLegend(this)) {
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setAlignment(Qt::AlignHCenter);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_truth->setAlignment(Qt::AlignHCenter);
    m_truth->setObjectName(QStringLiteral("groundTruth"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setObjectName(QStringLiteral("inputError"));
    m_error->hide();

    m_overlayToggle->setObjectName(QStringLiteral("effortOverlayToggle"));
    m_overlayToggle->setChecked(m_overlayShown);
    connect(m_overlayToggle, &QCheckBox::toggled, this, &InputView::setOverlayShown);
    auto* overlayRow = new QHBoxLayout;
    overlayRow->addWidget(m_overlayToggle);
    overlayRow->addStretch(1);
    overlayRow->addWidget(m_legend);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    for (int i = 0; i < kTop; ++i) {
        m_classes[i] = new QLabel(this);
        m_bars[i] = new QProgressBar(this);
        m_bars[i]->setRange(0, 1000);
        m_bars[i]->setTextVisible(true);
        m_bars[i]->setMaximumHeight(m_classes[i]->fontMetrics().height() + 4);
        m_bars[i]->setMinimumWidth(90);
        grid->addWidget(m_classes[i], i, 0);
        grid->addWidget(m_bars[i], i, 1);
    }
    grid->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_image, 1);
    layout->addLayout(overlayRow);
    layout->addWidget(m_name);
    layout->addWidget(m_truth);
    layout->addWidget(m_error);
    layout->addLayout(grid);
    clear();
}

void InputView::showResult(const InferenceResult& result) {
    // The whole result in one paint: a QProgressBar repaints itself at once when its value moves far, which
    // put the new top-1 beside the previous frame's rows on screen (camera mode, a result every frame).
    setUpdatesEnabled(false);
    display(result);
    setUpdatesEnabled(true);
}

void InputView::display(const InferenceResult& result) {
    m_error->hide();
    m_image->setImage(result.image);
    m_overlay = EffortOverlay::fromResult(result);
    updateOverlay();
    // The width the answer came from: the cascade's stop, or the width asked for (issue 16).
    const QString width = QString::fromStdString(dyve::widthText(result.width));
    if (result.cascade)
        m_name->setText(tr("%1 — answered at width %2 by the width cascade").arg(result.inputName, width));
    else if (result.width < 1.0)
        m_name->setText(tr("%1 — at width %2").arg(result.inputName, width));
    else
        m_name->setText(result.inputName);
    for (int i = 0; i < kTop; ++i) {
        const bool shown = size_t(i) < result.top.size();
        m_classes[i]->setVisible(shown);
        m_bars[i]->setVisible(shown);
        if (!shown) continue;
        const ClassScore& s = result.top[size_t(i)];
        const bool isTruth = result.label >= 0 && s.index == result.label;
        m_classes[i]->setText(isTruth
                                  ? QStringLiteral("<b>%1</b>").arg(result.className(s.index).toHtmlEscaped())
                                  : result.className(s.index).toHtmlEscaped());
        m_bars[i]->setValue(int(s.score * 1000.0f + 0.5f));
        m_bars[i]->setFormat(QLocale().toString(double(s.score) * 100.0, 'f', 1) + QStringLiteral(" %"));
    }
    if (result.label < 0 || result.top.empty()) {
        m_verdict.clear();
        m_truth->setText(result.label < 0 ? tr("ground truth unknown") : QString());
        m_truth->setStyleSheet(QStringLiteral("color: #666;"));
        return;
    }
    const bool right = result.top.front().index == result.label;
    m_verdict = right ? QStringLiteral("correct") : QStringLiteral("wrong");
    m_truth->setText(
        right ? tr("✔ %1 — correct").arg(result.className(result.label))
              : tr("✘ truth: %1 — predicted %2")
                    .arg(result.className(result.label), result.className(result.top.front().index)));
    m_truth->setStyleSheet(right ? QStringLiteral("color: #1b7f2a; font-weight: bold;")
                                 : QStringLiteral("color: #c62828; font-weight: bold;"));
}

QStringList InputView::shownText() const {
    QStringList lines{m_name->text()};
    for (int i = 0; i < kTop; ++i)
        if (!m_classes[i]->isHidden())
            lines << m_classes[i]->text() + QStringLiteral("  ") + m_bars[i]->format();
    return lines;
}

void InputView::showFailure(const QString& message) {
    m_image->setImage({});
    m_overlay = {};
    updateOverlay();
    m_name->clear();
    m_truth->clear();
    m_verdict.clear();
    for (int i = 0; i < kTop; ++i) {
        m_classes[i]->hide();
        m_bars[i]->hide();
    }
    m_error->setText(message);
    m_error->show();
}

void InputView::clear() {
    m_image->setImage({});
    m_overlay = {};
    updateOverlay();
    m_name->setText(tr("No input yet"));
    m_truth->clear();
    m_verdict.clear();
    m_error->hide();
    for (int i = 0; i < kTop; ++i) {
        m_classes[i]->hide();
        m_bars[i]->hide();
    }
}

void InputView::setOverlayShown(bool shown) {
    if (shown == m_overlayShown) return;
    m_overlayShown = shown;
    m_overlayToggle->setChecked(shown);
    updateOverlay();
    emit overlayShownChanged(shown);
}

bool InputView::overlayVisible() const {
    return !m_image->overlay().isNull();
}

void InputView::updateOverlay() {
    const bool available = !m_overlay.isNull();
    // At the image's own size, so that the view draws every overlay pixel on its image pixel.
    m_image->setOverlay(available && m_overlayShown ? m_overlay.toImage(m_image->image().size()) : QImage());
    m_overlayToggle->setEnabled(available);
    m_overlayToggle->setToolTip(
        available ? tr("Tint the image where the effort path skipped work")
                  : tr("The overlay shows where an effort run spent its work; a dense run has none"));
    m_legend->setVisible(available && m_overlayShown);
}

} // namespace dyve::ui
