#include "knobs/knob_panel.h"

#include "models/layer_knobs_model.h"
#include "models/speed_headline.h"

#include "core/errors.h"
#include "data/project_paths.h"
#include "effort/effort_profile.h"
#include "eval/model_width.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace dyve::ui {

namespace {

constexpr int kLevelSteps = 100;

QString oneLine(const char* what) {
    return QString::fromUtf8(what).simplified();
}

// Where the profile dialogs start: the project's profiles folder when it exists.
QString profilesFolder() {
    for (const std::string& dir : dyve::profileDirs()) {
        const QString d = QString::fromStdString(dir);
        if (QFileInfo(d).isDir()) return d;
    }
    return QDir::homePath();
}

} // namespace

KnobPanel::KnobPanel(QWidget* parent)
    : QWidget(parent), m_knobs(new LayerKnobsModel(this)), m_level(new QSlider(Qt::Horizontal, this)),
      m_levelValue(new QLabel(this)), m_speed(new QLabel(this)), m_reduction(new QLabel(this)),
      m_width(new QComboBox(this)), m_source(new QLabel(this)), m_message(new QLabel(this)),
      m_table(new QTableView(this)), m_resetButton(new QPushButton(tr("Reset Overrides"), this)),
      m_loadButton(new QPushButton(tr("Load Profile…"), this)),
      m_saveButton(new QPushButton(tr("Save Profile…"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(createKnobRows());
    layout->addWidget(m_source);
    layout->addWidget(m_table, 1);
    layout->addLayout(createButtons());
    layout->addWidget(m_message);
    setUpSource();
    setUpLayerTable();

    connect(m_knobs, &LayerKnobsModel::settingsChanged, this, [this] {
        updateEnabled();
        emit settingsChanged();
    });
    updateLevelLabel();
    updateSource();
    updateEnabled();
}

// The level slider with its value, the measured headline under it, and a slider a mechanism.
QGridLayout* KnobPanel::createKnobRows() {
    m_level->setObjectName(QStringLiteral("effortLevel"));
    m_level->setRange(0, kLevelSteps);
    m_level->setPageStep(10);
    m_level->setToolTip(tr("Effort level: 0 runs the dense network (exact), 1 the most aggressive setting of "
                           "the profile; every change re-runs the current input"));
    m_levelValue->setObjectName(QStringLiteral("effortLevelValue"));
    m_levelValue->setMinimumWidth(m_levelValue->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
    m_levelValue->setToolTip(tr("The effort level: 0 dense, 1 the profile's most aggressive tuned setting"));
    m_speed->setObjectName(QStringLiteral("effortSpeed"));
    m_speed->setWordWrap(true);
    m_speed->setToolTip(
        tr("Dense ÷ effort time of the input on screen: medians of repeated runs of each, after "
           "a warm-up, timed by the engine; ± is half the interquartile range of the run-pair "
           "ratios"));
    QFont headline = m_speed->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.15);
    m_speed->setFont(headline);
    m_reduction->setObjectName(QStringLiteral("effortReduction"));
    m_reduction->setToolTip(tr("Dense ÷ executed operations of the run on screen"));
    connect(m_level, &QSlider::valueChanged, this, [this](int value) {
        m_knobs->setLevel(double(value) / kLevelSteps);
        updateLevelLabel();
    });

    m_width->setObjectName(QStringLiteral("channelWidth"));
    m_width->setToolTip(tr("Runtime channel width: every convolution computes this share of its output "
                           "channels, with the head trained for that width when the model has one (the "
                           "effort knobs run at full width)"));
    connect(m_width, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit settingsChanged();
    });

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    QFont bold = font();
    bold.setBold(true);
    auto* widthLabel = new QLabel(tr("Width"), this);
    widthLabel->setFont(bold);
    widthLabel->setToolTip(m_width->toolTip());
    grid->addWidget(widthLabel, 0, 0);
    grid->addWidget(m_width, 0, 1, 1, 2);
    auto* levelLabel = new QLabel(tr("Effort level"), this);
    levelLabel->setFont(bold);
    grid->addWidget(levelLabel, 1, 0);
    grid->addWidget(m_level, 1, 1);
    grid->addWidget(m_levelValue, 1, 2);
    grid->addWidget(m_speed, 2, 0, 1, 3);
    grid->addWidget(m_reduction, 3, 0, 1, 3);

    const QString names[3] = {tr("SPET"), tr("SDSS"), tr("SFMA")};
    const QString tips[3] = {
        tr("Saturation prediction (SPEC §4.3): 100 % keeps the profile's τ, lower values predict only "
           "further "
           "below the mean, 0 % turns SPET off"),
        tr("Selective sampling (SPEC §4.4): the profile's θ scaled; 0 % turns SDSS off"),
        tr("Feature-map approximation (SPEC §4.5): the profile's ν scaled; 0 % turns its lossy part off")};
    for (int m = 0; m < 3; ++m) {
        auto* name = new QLabel(names[m], this);
        name->setToolTip(tips[m]);
        m_scales[m] = new QSlider(Qt::Horizontal, this);
        m_scales[m]->setObjectName(QStringLiteral("scale") + names[m]);
        m_scales[m]->setRange(0, 100);
        m_scales[m]->setValue(100);
        m_scales[m]->setPageStep(10);
        m_scales[m]->setToolTip(tips[m]);
        m_scaleValues[m] = new QLabel(this);
        m_scaleValues[m]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_scaleValues[m]->setText(QStringLiteral("100 %"));
        connect(m_scales[m], &QSlider::valueChanged, this, [this, m](int value) {
            m_scaleValues[m]->setText(QStringLiteral("%1 %").arg(value));
            m_knobs->setScale(Mechanism(m), value / 100.0);
        });
        grid->addWidget(name, 4 + m, 0);
        grid->addWidget(m_scales[m], 4 + m, 1);
        grid->addWidget(m_scaleValues[m], 4 + m, 2);
    }
    grid->setColumnStretch(1, 1);
    return grid;
}

void KnobPanel::setUpSource() {
    m_source->setObjectName(QStringLiteral("profileSource"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
}

// The overrides table: a row a layer, the knobs at the level in columns, editable; a context menu resets.
void KnobPanel::setUpLayerTable() {
    m_table->setObjectName(QStringLiteral("layerKnobs"));
    m_table->setModel(m_knobs);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The layer's name keeps its informative end ("…fire9/conv3x3_2") in a narrow dock; the knob columns
    // scroll beside it.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(LayerKnobsModel::LayerColumn, QHeaderView::Interactive);
    header->resizeSection(LayerKnobsModel::LayerColumn,
                          m_table->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 10);
    m_table->setTextElideMode(Qt::ElideLeft);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &KnobPanel::showLayerMenu);
}

void KnobPanel::showLayerMenu(const QPoint& pos) {
    const QModelIndex index = m_table->indexAt(pos);
    QMenu menu(this);
    QAction* resetLayer = menu.addAction(tr("Reset This Layer"));
    resetLayer->setEnabled(index.isValid() &&
                           index.sibling(index.row(), 0).data(LayerKnobsModel::OverriddenRole).toBool());
    QAction* resetAll = menu.addAction(tr("Reset All Overrides"));
    resetAll->setEnabled(m_knobs->control().hasOverrides());
    QAction* chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == resetLayer)
        m_knobs->resetOverride(index.row());
    else if (chosen == resetAll)
        m_knobs->resetOverrides();
}

QHBoxLayout* KnobPanel::createButtons() {
    m_resetButton->setToolTip(tr("Every layer back to the knobs of the profile at the chosen level"));
    m_loadButton->setToolTip(tr("Use another effort profile made for this model (dyve tune writes them)"));
    m_saveButton->setToolTip(
        tr("Write the profile with the mechanism scales and overrides applied to every level"));
    connect(m_resetButton, &QPushButton::clicked, m_knobs, &LayerKnobsModel::resetOverrides);
    connect(m_loadButton, &QPushButton::clicked, this, &KnobPanel::loadProfileDialog);
    connect(m_saveButton, &QPushButton::clicked, this, &KnobPanel::saveProfileDialog);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resetButton);
    buttons->addStretch(1);
    buttons->addWidget(m_loadButton);
    buttons->addWidget(m_saveButton);
    return buttons;
}

void KnobPanel::setModel(const ModelSummary& model) {
    m_modelPath = model.path;
    m_modelSha256 = model.sha256;
    m_modelLoaded = true;
    m_profileSource = model.profile ? model.profileSource : QString();
    m_lastReduction.reset();
    m_fullWidthOps = model.executedOps > 0 ? model.executedOps : model.denseOps;
    {
        const QSignalBlocker quiet(m_width); // settingsChanged() once, below
        m_widthOptions = widthOptions(model.widthSteps);
        m_width->clear();
        for (const WidthOption& option : m_widthOptions)
            m_width->addItem(option.label);
        m_width->setCurrentIndex(0);
    }
    std::vector<std::string> layers;
    for (const QString& layer : model.effortLayers)
        layers.push_back(layer.toStdString());
    m_knobs->setModel(std::move(layers), model.profile);
    if (!model.effortProblem.isEmpty())
        showMessage(model.effortProblem, !model.profile);
    else
        showMessage({}, false);
    updateSource();
    updateLevelLabel();
    updateEnabled();
}

std::optional<dyve::EffortSettings> KnobPanel::settings() const {
    if (width().fraction < 1.0) return std::nullopt;
    return m_knobs->control().settings();
}

dyve::ChannelWidth KnobPanel::width() const {
    const int index = m_width->currentIndex();
    if (index < 0 || index >= int(m_widthOptions.size())) return {};
    return m_widthOptions[size_t(index)].width;
}

QStringList KnobPanel::widthLabels() const {
    QStringList labels;
    for (const WidthOption& option : m_widthOptions)
        labels << option.label;
    return labels;
}

void KnobPanel::setWidthIndex(int index) {
    m_width->setCurrentIndex(index);
}

const EffortControl& KnobPanel::control() const {
    return m_knobs->control();
}

bool KnobPanel::available() const {
    return m_knobs->control().available();
}

double KnobPanel::level() const {
    return double(m_level->value()) / kLevelSteps;
}

void KnobPanel::setLevel(double level) {
    m_level->setValue(int(std::lround(std::clamp(level, 0.0, 1.0) * kLevelSteps)));
}

int KnobPanel::levelSteps() const {
    return kLevelSteps;
}

int KnobPanel::scalePercent(Mechanism mechanism) const {
    return m_scales[int(mechanism)]->value();
}

void KnobPanel::setScalePercent(Mechanism mechanism, int percent) {
    m_scales[int(mechanism)]->setValue(percent);
}

void KnobPanel::showRun(const InferenceResult& result, bool speedPending) {
    const qint64 executed = result.run.executedOps();
    m_lastRunDense = !result.effortRun;
    m_lastWidth = result.width;
    m_lastCascade = result.cascade.has_value();
    if (result.cascade) {
        // Against the operations a full-width dense run executes: what stopping narrower saved.
        m_lastReduction =
            executed > 0 ? std::optional<double>(double(m_fullWidthOps) / double(executed)) : std::nullopt;
        m_lastSpeed = cascadeLine(*result.cascade);
        updateLevelLabel();
        return;
    }
    if (result.width < 1.0) {
        // Against the operations a full-width dense run executes: what the narrower width saves.
        m_lastReduction =
            executed > 0 ? std::optional<double>(double(m_fullWidthOps) / double(executed)) : std::nullopt;
        m_lastSpeed = tr("Width %1: the first %1 of every layer's channels, dense")
                          .arg(QString::fromStdString(dyve::widthText(result.width)));
        updateLevelLabel();
        return;
    }
    m_lastReduction =
        executed > 0 ? std::optional<double>(double(result.run.denseOps()) / double(executed)) : std::nullopt;
    if (m_lastRunDense && level() > 0.0)
        m_lastSpeed = tr("Dense: no knob is on at level %1").arg(QLocale().toString(level(), 'f', 2));
    else if (m_lastRunDense)
        m_lastSpeed = tr("Dense: the reference speed");
    else if (result.speed)
        m_lastSpeed = speedHeadline(*result.speed);
    else if (speedPending)
        m_lastSpeed = tr("Timing against dense…");
    else
        m_lastSpeed = tr("Speed-up not measured (timed when an input is stepped to, not while playing)");
    std::map<std::string, std::pair<double, double>> times;
    if (result.speed)
        for (size_t i = 0; i < result.speed->layerNames.size(); ++i)
            times[result.speed->layerNames[i]] = {result.speed->denseLayerMs[i],
                                                  result.speed->effortLayerMs[i]};
    if (result.speed || m_lastRunDense) m_knobs->setLayerTimes(std::move(times));
    updateLevelLabel();
}

QString KnobPanel::cascadeLine(const CascadeReach& reach) {
    const QString width = QString::fromStdString(dyve::widthText(reach.fraction()));
    const double confidence = reach.confidences.empty() ? 0.0 : reach.confidences.back();
    if (reach.reached + 1 < reach.fractions.size())
        return tr("Width cascade: stopped at %1, its head %2 sure (threshold %3)")
            .arg(width, QLocale().toString(confidence * 100.0, 'f', 1) + QStringLiteral("%"),
                 QLocale().toString(reach.thresholds[reach.reached] * 100.0, 'f', 1) + QStringLiteral("%"));
    return tr("Width cascade: widened to %1, no narrower head was sure enough").arg(width);
}

QString KnobPanel::speedText() const {
    return m_speed->text();
}

QString KnobPanel::reductionText() const {
    return m_reduction->text();
}

void KnobPanel::updateLevelLabel() {
    m_levelValue->setText(QLocale().toString(level(), 'f', 2));
    if (!m_lastReduction) {
        m_speed->clear();
        m_reduction->clear();
    } else if (m_lastWidth < 1.0 || m_lastCascade) {
        m_speed->setText(m_lastSpeed);
        m_reduction->setText(tr("%1 fewer operations than the full width on the input shown")
                                 .arg(QLocale().toString(*m_lastReduction, 'f', 2) + QStringLiteral("×")));
    } else if (m_lastRunDense) {
        m_speed->setText(m_lastSpeed);
        m_reduction->setText(tr("Dense: every operation executed"));
    } else {
        m_speed->setText(m_lastSpeed);
        m_reduction->setText(tr("%1 on the input shown").arg(reductionLine(*m_lastReduction)));
    }
}

void KnobPanel::updateSource() {
    if (!m_modelLoaded) {
        m_source->setText(tr("No model"));
        m_source->setToolTip({});
        return;
    }
    if (m_profileSource.isEmpty()) {
        m_source->setText(tr("No effort profile: the model runs dense"));
        m_source->setToolTip({});
        return;
    }
    const QFileInfo file(m_profileSource);
    const bool isFile = file.isAbsolute() || m_profileSource.endsWith(QLatin1String(".json"));
    QString text = tr("Profile: %1").arg(isFile ? file.fileName() : m_profileSource);
    const std::optional<dyve::EffortProfile>& profile = m_knobs->control().profile();
    const bool allDense = profile && std::all_of(profile->levels.begin(), profile->levels.end(),
                                                 [](const dyve::EffortLevel& l) { return l.layers.empty(); });
    if (allDense && !profile->layerTiming.empty())
        text += QLatin1Char('\n') + tr("Every level runs dense: no setting the tuner timed made a layer "
                                       "faster (Tuned column)");
    m_source->setText(text);
    m_source->setToolTip(m_profileSource);
}

void KnobPanel::updateEnabled() {
    m_width->setEnabled(m_modelLoaded && m_widthOptions.size() > 1);
    const bool on = available() && width().fraction >= 1.0;
    m_level->setEnabled(on);
    for (QSlider* s : m_scales)
        s->setEnabled(on);
    m_table->setEnabled(on);
    m_resetButton->setEnabled(on && m_knobs->control().hasOverrides());
    m_loadButton->setEnabled(m_modelLoaded && !m_knobs->control().layers().empty());
    m_saveButton->setEnabled(on);
}

void KnobPanel::showMessage(const QString& message, bool problem) {
    m_message->setText(message);
    m_message->setToolTip(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!message.isEmpty());
}

QString KnobPanel::sourceText() const {
    return m_source->text();
}

QString KnobPanel::message() const {
    return m_message->text();
}

bool KnobPanel::loadProfile(const QString& file) {
    try {
        if (!m_modelLoaded) throw dyve::DataError(file.toStdString(), "open a model first");
        dyve::EffortProfile profile = dyve::loadEffortProfile(file.toStdString());
        dyve::checkProfileModel(profile, m_modelPath.toStdString());
        dyve::checkProfileLayers(profile, m_knobs->control().layers());
        m_profileSource = file;
        m_knobs->setProfile(std::move(profile));
        showMessage(tr("Loaded %1").arg(QFileInfo(file).fileName()), false);
        updateSource();
        updateEnabled();
        emit profileLoaded(file);
        return true;
    } catch (const std::exception& e) {
        showMessage(oneLine(e.what()), true);
        return false;
    }
}

bool KnobPanel::saveProfile(const QString& file) {
    try {
        if (!available()) throw dyve::DataError(file.toStdString(), "there is no effort profile to save");
        dyve::EffortProfile profile = m_knobs->control().adjustedProfile();
        // The uniform mapping made in memory names its model already; a profile always must, for the check
        // when it is loaded again.
        if (profile.modelSha256.empty()) profile.modelSha256 = m_modelSha256.toStdString();
        if (profile.model.empty()) profile.model = dyve::effortModelName(m_modelPath.toStdString());
        dyve::saveEffortProfile(profile, file.toStdString());
        showMessage(tr("Saved %1").arg(QFileInfo(file).fileName()), false);
        emit profileSaved(file);
        return true;
    } catch (const std::exception& e) {
        showMessage(oneLine(e.what()), true);
        return false;
    }
}

void KnobPanel::loadProfileDialog() {
    const QString start = m_lastDir.isEmpty() ? profilesFolder() : m_lastDir;
    const QString file = QFileDialog::getOpenFileName(this, tr("Load Effort Profile"), start,
                                                      tr("Effort profiles (*.json);;All files (*)"));
    if (file.isEmpty()) return;
    m_lastDir = QFileInfo(file).absolutePath();
    loadProfile(file);
}

void KnobPanel::saveProfileDialog() {
    const QString start = m_lastDir.isEmpty() ? QDir::homePath() : m_lastDir;
    const QString suggested = QFileInfo(m_modelPath).completeBaseName() + QStringLiteral(".profile.json");
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save Effort Profile"), start + '/' + suggested,
                                     tr("Effort profiles (*.profile.json *.json)"));
    if (file.isEmpty()) return;
    m_lastDir = QFileInfo(file).absolutePath();
    saveProfile(file);
}

} // namespace dyve::ui
