#include "number_text.h"

#include <cmath>
#include <iomanip>
#include <sstream>

namespace dyve {

std::string siNumber(double value, int precision) {
    static const char* units[] = {"", " k", " M", " G", " T"};
    int u = 0;
    while (std::fabs(value) >= 1000.0 && u < 4) {
        value /= 1000.0;
        ++u;
    }
    std::ostringstream out;
    out << std::setprecision(precision) << value << units[u];
    return out.str();
}

std::string fixed(double value, int decimals) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

std::string percent(double fraction, int decimals) {
    return fixed(100.0 * fraction, decimals) + "%";
}

std::string widthText(double fraction) {
    std::ostringstream text;
    text << fraction * 100.0 << "%";
    return text.str();
}

} // namespace dyve
