#pragma once

#include <string>

namespace dyve {

// Numbers as people read them in tables and reports (the CLI's text, the HTML report).
std::string siNumber(double value, int precision = 3);  // 1234567 -> "1.23 M"; operation counts and rates
std::string fixed(double value, int decimals);          // 3.14159, 2 -> "3.14"
std::string percent(double fraction, int decimals = 2); // 0.8116 -> "81.16%"
std::string widthText(double fraction);                 // a channel width: 0.5 -> "50%", 0.125 -> "12.5%"

} // namespace dyve
