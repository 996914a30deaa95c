#include "models/speed_headline.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace dyve::ui {

QString speedHeadline(const dyve::DenseEffortSpeed& speed) {
    const double s = speed.speedup();
    const QString ratio = QLocale().toString(s, 'f', 2);
    const QString how = QCoreApplication::translate("dyve::ui::SpeedHeadline", "median of %1, ±%2%")
                            .arg(speed.runs())
                            .arg(QLocale().toString(std::round(speed.spread() * 1000.0) / 10.0, 'f',
                                                    speed.spread() < 0.01 ? 1 : 0));
    if (std::round(s * 100.0) > 100.0)
        return QCoreApplication::translate("dyve::ui::SpeedHeadline", "%1× faster than dense (%2)")
            .arg(ratio, how);
    if (std::round(s * 100.0) < 100.0)
        return QCoreApplication::translate("dyve::ui::SpeedHeadline", "%1× — slower than dense (%2)")
            .arg(ratio, how);
    return QCoreApplication::translate("dyve::ui::SpeedHeadline", "%1× — as fast as dense (%2)")
        .arg(ratio, how);
}

QString reductionLine(double reduction) {
    return QCoreApplication::translate("dyve::ui::SpeedHeadline", "%1× fewer operations than dense")
        .arg(QLocale().toString(reduction, 'f', 2));
}

} // namespace dyve::ui
