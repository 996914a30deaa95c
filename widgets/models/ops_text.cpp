#include "models/ops_text.h"

#include <QLocale>

namespace dyve::ui {

QString siOps(qint64 ops) {
    if (ops >= 1000000000) return QLocale().toString(double(ops) / 1e9, 'f', 2) + QStringLiteral(" G");
    if (ops >= 1000000) return QLocale().toString(double(ops) / 1e6, 'f', 2) + QStringLiteral(" M");
    if (ops >= 1000) return QLocale().toString(double(ops) / 1e3, 'f', 1) + QStringLiteral(" k");
    return QLocale().toString(ops);
}

} // namespace dyve::ui
