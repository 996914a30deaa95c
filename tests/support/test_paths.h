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

} // namespace dyve::test

// Skips the current test function when ../shared is not there.
#define DYVE_REQUIRE_SHARED()                                                                              \
    do {                                                                                                   \
        if (!dyve::test::hasShared()) QSKIP("../shared is absent");                                        \
    } while (0)
