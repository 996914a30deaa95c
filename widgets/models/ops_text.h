#pragma once

#include <QString>

namespace dyve::ui {

// An operation count as the status bar and the comparison show it, in the user's locale: 874123456 →
// "874.12 M", 1500 → "1.5 k".
QString siOps(qint64 ops);

} // namespace dyve::ui
