#include "comparison/comparison_view.h"

#include "models/ops_text.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace dyve::ui {

namespace {

QString ratio(double r) {
    return QLocale().toString(r, 'f', 2) + QStringLiteral("×");
}

// ImageNet names list synonyms ("grey fox, gray fox, Urocyon cinereoargenteus"): the first one says it in
// a column beside another; the tooltip has them all.
QString shortClassName(const QString& name) {
    const int comma = name.indexOf(QLatin1Char(','));
    return comma > 0 ? name.left(comma) : name;
}

QString classLine(const InferenceResult& result, const dyve::ClassScore& score) {
    return QStringLiteral("%1  %2 %")
        .arg(shortClassName(result.className(score.index)),
             QLocale().toString(double(score.score) * 100.0, 'f', 1));
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : ResultPage(parent), m_hint(new QLabel(this)), m_table(new QWidget(this)), m_verdict(new QLabel(this)) {
    m_hint->setObjectName(QStringLiteral("comparisonHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setText(tr("Turn on View ▸ Compare with Dense to run each input both ways."));

    auto* grid = new QGridLayout(m_table);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(4);
    QFont bold = font();
    bold.setBold(true);
    const QString rowNames[] = {tr("Latency"), tr("Speed-up"), tr("Operations"), tr("Reduction")};
    const QString rowTips[] = {tr("Engine time of the run"), tr("Dense time ÷ this time"),
                               tr("Executed operations (SPEC §4.6), overheads included"),
                               tr("Dense ÷ executed operations")};
    for (int side = 0; side < 2; ++side) {
        const int column = 1 + side;
        m_title[side] = new QLabel(m_table);
        m_title[side]->setFont(bold);
        grid->addWidget(m_title[side], 0, column);
        for (int i = 0; i < kTop; ++i) {
            m_top[side][i] = new QLabel(m_table);
            m_top[side][i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
            // A long name is cut at the column's edge rather than widening the window.
            m_top[side][i]->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            grid->addWidget(m_top[side][i], 1 + i, column);
        }
        m_ms[side] = new QLabel(m_table);
        m_speedup[side] = new QLabel(m_table);
        m_ops[side] = new QLabel(m_table);
        m_reduction[side] = new QLabel(m_table);
        grid->addWidget(m_ms[side], 2 + kTop, column);
        grid->addWidget(m_speedup[side], 3 + kTop, column);
        grid->addWidget(m_ops[side], 4 + kTop, column);
        grid->addWidget(m_reduction[side], 5 + kTop, column);
    }
    m_top[Dense][0]->setFont(bold);
    m_top[Effort][0]->setFont(bold);
    for (int i = 0; i < kTop; ++i) {
        auto* rank = new QLabel(QStringLiteral("%1.").arg(i + 1), m_table);
        rank->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(rank, 1 + i, 0);
    }
    auto* line = new QFrame(m_table);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    grid->addWidget(line, 1 + kTop, 0, 1, 3);
    for (int r = 0; r < 4; ++r) {
        auto* name = new QLabel(rowNames[r], m_table);
        name->setToolTip(rowTips[r]);
        grid->addWidget(name, 2 + kTop + r, 0);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    m_verdict->setObjectName(QStringLiteral("comparisonVerdict"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setFont(bold);
    m_verdict->setMargin(6);
    m_verdict->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    layout->addWidget(m_verdict);
    layout->addStretch(1);
    clear();
}

void ComparisonView::clear() {
    m_comparison.reset();
    m_hint->show();
    m_table->hide();
    m_verdict->hide();
}

void ComparisonView::showResult(const InferenceResult& result) {
    m_comparison = DenseEffortComparison::fromResult(result);
    if (!m_comparison) {
        clear();
        return;
    }
    const DenseEffortComparison& c = *m_comparison;
    m_hint->hide();
    m_table->show();
    m_title[Dense]->setText(tr("Dense"));
    const QString level = QLocale().toString(result.effortLevel, 'f', 2);
    m_title[Effort]->setText(result.effortLevel < 0 ? tr("Effort")
                             : result.effortRun     ? tr("Effort · level %1").arg(level)
                                                    : tr("Effort · level %1 (dense)").arg(level));
    const std::vector<dyve::ClassScore>* tops[2] = {&c.denseTop, &c.effortTop};
    for (int side = 0; side < 2; ++side)
        for (int i = 0; i < kTop; ++i) {
            const bool has = size_t(i) < tops[side]->size();
            m_top[side][i]->setText(has ? classLine(result, (*tops[side])[size_t(i)]) : QString());
            m_top[side][i]->setToolTip(has ? result.className((*tops[side])[size_t(i)].index) : QString());
        }
    // SPEC §9: times are medians of repeated runs; a single run is not shown as a speed.
    for (const int side : {Dense, Effort}) {
        const double ms = side == Dense ? c.denseMs : c.effortMs;
        if (c.timedRuns > 0)
            m_ms[side]->setText(
                tr("%1 ms (median of %2)").arg(QLocale().toString(ms, 'f', 2)).arg(c.timedRuns));
        else if (!c.effortRun)
            m_ms[side]->setText(tr("%1 ms").arg(QLocale().toString(ms, 'f', 2)));
        else
            m_ms[side]->setText(tr("timing…"));
    }
    m_speedup[Dense]->setText(ratio(1.0));
    const std::optional<double> speedup = c.speedup();
    m_speedup[Effort]->setText(!speedup ? tr("—")
                               : c.timedRuns > 0
                                   ? tr("%1 (±%2%)").arg(ratio(*speedup)).arg(std::round(c.spread * 100.0))
                                   : ratio(*speedup));
    m_ops[Dense]->setText(siOps(c.denseOps));
    m_ops[Effort]->setText(siOps(c.effortOps));
    m_reduction[Dense]->setText(ratio(1.0));
    m_reduction[Effort]->setText(ratio(c.reduction()));

    const std::optional<bool> agrees = c.top1Agrees();
    m_verdict->setVisible(agrees.has_value());
    if (agrees) {
        const QString dense = shortClassName(result.className(c.denseTop.front().index));
        const QString effort = shortClassName(result.className(c.effortTop.front().index));
        m_verdict->setText(*agrees ? tr("✓ Top-1 agrees: %1").arg(dense)
                                   : tr("✗ Top-1 differs: dense %1, effort %2").arg(dense, effort));
        m_verdict->setStyleSheet(
            *agrees ? QStringLiteral("color: white; background: #2e7d32; border-radius: 4px;")
                    : QStringLiteral("color: white; background: #b00020; border-radius: 4px;"));
    }
}

QString ComparisonView::denseText() const {
    if (!m_comparison) return {};
    QStringList lines;
    for (QLabel* l : m_top[Dense])
        if (!l->text().isEmpty()) lines << l->text();
    lines << m_ms[Dense]->text() << m_speedup[Dense]->text() << m_ops[Dense]->text()
          << m_reduction[Dense]->text();
    return lines.join(QLatin1Char('\n'));
}

QString ComparisonView::effortText() const {
    if (!m_comparison) return {};
    QStringList lines;
    for (QLabel* l : m_top[Effort])
        if (!l->text().isEmpty()) lines << l->text();
    lines << m_ms[Effort]->text() << m_speedup[Effort]->text() << m_ops[Effort]->text()
          << m_reduction[Effort]->text();
    return lines.join(QLatin1Char('\n'));
}

QString ComparisonView::effortTitle() const {
    return m_title[Effort]->text();
}

QString ComparisonView::verdict() const {
    return m_verdict->isVisibleTo(this) ? m_verdict->text() : QString();
}

} // namespace dyve::ui
