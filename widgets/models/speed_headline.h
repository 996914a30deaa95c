#pragma once

#include "bench/dense_effort_speed.h"

#include <QString>

namespace dyve::ui {

// The Effort dock's headline (SPEC §9: the measured speed-up first, then the operation reduction), as text
// a test can read: "1.04× faster than dense (median of 5, ±3%)", "0.93× — slower than dense (median of 5,
// ±2%)", or "1.00× — as fast as dense (…)" when the two differ by less than the last digit shown.
QString speedHeadline(const dyve::DenseEffortSpeed& speed);

// The line under it: "2.31× fewer operations than dense".
QString reductionLine(double reduction);

} // namespace dyve::ui
