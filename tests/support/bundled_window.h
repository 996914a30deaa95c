#pragma once

#include "main_window.h"

#include <QSignalSpy>

namespace dyve::test {

// Shows `window` on the embedded default (the bundled model and the sample images) and waits for its
// first result; false when none came within `waitMs` (the machine is shared: a wait, not a measurement).
inline bool startBundled(dyve::ui::MainWindow& window, int waitMs = 60000) {
    QSignalSpy shown(&window, &dyve::ui::MainWindow::resultShown);
    window.show();
    window.start();
    return shown.wait(waitMs) || !shown.isEmpty();
}

} // namespace dyve::test
