#pragma once

#include <QString>
#include <QStringList>

namespace dyve::ui {

// `dyve-studio --bench-knobs [MODEL] [INPUT…]`: how long a knob change takes to reach the screen (SPEC §9:
// within 100 ms for the bundled model). Opens the window on the model (the bundled one when empty) and its
// input (the sample images, else the card's default data; the first one is used), then moves the effort
// level slider through `changes` values, 0 → 1 → 0 in steps of 0.05, waiting each time until the result
// is in the views and the window has repainted; once with the effort path alone, once with Compare with
// Dense on. Prints the median and the largest time from change to repaint, and the engine's median time.
// Returns the process's exit code: 0, or 2 when the model or the input cannot be used.
int runKnobBench(const QString& model, const QStringList& inputs, int changes = 40);

} // namespace dyve::ui
