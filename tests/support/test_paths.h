#pragma once

#include <QString>

namespace dyve::test {

// ../shared (the zoo and data sets); tests that need it QSKIP when it is absent.
QString sharedDir();
bool hasShared();
// A path below ../shared, e.g. sharedPath("zoo/resnet20-cifar10/model.onnx").
QString sharedPath(const QString& relative);
QString sourcePath(const QString& relative); // below the repository root
QString onnxTestData();                      // Debian's libonnx-testdata data folder
QString cliPath();                           // the built `dyve`

// tests/data/profiles: profiles tuned for operations (`dyve tune --objective ops`) for the bundled model and
// SqueezeNet, which turn knobs on at effort 1. The shipped, time-tuned profiles turn none on (no setting
// made a layer faster), so the tests of what the knobs do use these.
QString opsTunedProfilesDir();
// Puts opsTunedProfilesDir() first in $DYVE_PROFILE_PATH, for this process and the `dyve` it starts.
void useOpsTunedProfiles();

} // namespace dyve::test

// Skips the current test function when ../shared is not there.
#define DYVE_REQUIRE_SHARED()                                                                                \
    do {                                                                                                     \
        if (!dyve::test::hasShared()) QSKIP("../shared is absent");                                          \
    } while (0)
