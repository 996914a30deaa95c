#pragma once

#include "data/project_paths.h"

#include <QString>
#include <QStringList>

namespace dyve::ui {

// The project's folders as the window's file dialogs and inputs want them. The rules are the engine's,
// shared with the CLI (engine/data/project_paths.h); cardDirs() is used from there as it is, since the
// inference worker takes std::string folders.
QString modelsDir();
QString resourcesDir();
// The embedded default (SPEC §6): the bundled Fashion-MNIST CNN and its sample images.
QString bundledModelPath();
QString sampleImagesDir();
// The camera demo's model when none is given (dyve::demoModelPath()).
QString demoModelPath();
// Folders searched for the compiled translations (.qm): the build's, then the installed ones.
QStringList translationDirs();

// A card's "default_data" as an absolute path that exists, by resolveDefaultData() without the working
// directory (the studio's is wherever the desktop started it). "" when not found.
QString resolveDataPath(const QString& defaultData, const QString& cardFile);

} // namespace dyve::ui
