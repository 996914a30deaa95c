#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace dyve::ui {

// Where the studio finds the project's folders. The rules are the CLI's (app/dyve/model_context.cpp):
// $DYVE_MODELS_DIR / $DYVE_RESOURCES_DIR, else the source tree this build came from, else the installed
// share/dyve beside the binary. Duplicated in a few lines rather than shared: the CLI's version lives in
// an executable, and moving it into the engine is a change for the engine's owner to make.
QString modelsDir();
QString resourcesDir();
// The embedded default (SPEC §6): the bundled Fashion-MNIST CNN and its sample images.
QString bundledModelPath();
QString sampleImagesDir();
// Folders searched for model cards: models/cards first, then the engine's defaults (as the CLI does).
std::vector<std::string> cardDirs();
// Folders searched for the compiled translations (.qm): the build's, then the installed ones.
QStringList translationDirs();

} // namespace dyve::ui

namespace dyve::ui {

// A card's "default_data" as a path that exists: absolute, beside the card, in the project, or a data set
// name under $DYVE_DATA_DIR, ../shared/data or /usr/share/datasets (the CLI's order). "" when not found.
QString resolveDataPath(const QString& defaultData, const QString& cardFile);

} // namespace dyve::ui
