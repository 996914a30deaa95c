#include "kernels/layer.h"

#include <cstdio>

int main() {
    for (const std::string& op : dyve::supportedOperators())
        std::printf("%s\n", op.c_str());
    return 0;
}
