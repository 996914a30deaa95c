#pragma once

#include <string>
#include <vector>

namespace dyve {

// Where the project's folders are, for the CLI and the studio alike (SPEC §5, §6): one set of rules so
// that `dyve` and `dyve-studio` find the same models, cards and data.

// The project's models/ folder: $DYVE_MODELS_DIR, else the source tree's (for a build run in place),
// else the installed share/dyve/models beside the binary.
std::string modelsDir();
// The project's resources/ folder, found the same way ($DYVE_RESOURCES_DIR, source tree, share/dyve).
std::string resourcesDir();
// The embedded default (SPEC §5.1): the bundled Fashion-MNIST CNN, and its sample images.
std::string bundledModelPath();
std::string sampleImagesDir();
// The camera demo's model when none is given: the bundled Fashion-MNIST CNN trained for runtime width
// (models/width, issue 16), whose effort levels drive its width cascade and so buy time (SPEC §4.7); the
// bundled model when it is not there.
std::string demoModelPath();
// Folders searched for model cards: models/cards first, then the engine's defaults (defaultCardDirs()).
std::vector<std::string> cardDirs();
// Folders where effort profiles are looked for: $DYVE_PROFILE_PATH (colon-separated; a user's own tuned
// profiles, found before the shipped ones), then models/profiles (installed: share/dyve/models/profiles).
// Listed whether or not they exist yet.
std::vector<std::string> profileDirs();

// Folders where data sets named by cards' "default_data" are looked for: $DYVE_DATA_DIR (colon-separated),
// the shared data beside the source tree, /usr/share/datasets.
std::vector<std::string> dataRoots();

// Whether a relative "default_data" may also be a path from the working directory: yes for the CLI, whose
// relative paths are typed in a shell; no for the studio, started from wherever the desktop was.
enum class SearchWorkingDir { No, Yes };

// A card's "default_data" as a path that exists (lexically normal, relative when found from a relative
// place): an absolute path, else a path relative to the card's folder, the project (the folder holding
// models/), the working directory (when asked), else a data set name in one of dataRoots(). "" when
// `defaultData` is empty or nothing exists.
std::string resolveDefaultData(const std::string& defaultData, const std::string& cardFile,
                               SearchWorkingDir searchWorkingDir);

} // namespace dyve
