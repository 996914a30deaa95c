#pragma once

#include "core/tensor.h"

#include <string>
#include <vector>

namespace dyve {

// What one layer did during one run. The dense path executes exactly its dense operations; the effort
// mechanisms (SPEC §4.6) will report less, with overheads counted.
struct LayerStats {
    std::string name;
    std::string op;
    Shape outputShape;
    int64_t denseOps = 0;
    int64_t executedOps = 0;
    double ms = 0.0;
};

// The result type every front end consumes: the CLI prints it, the GUI draws it.
struct RunResult {
    std::vector<Tensor> outputs; // in the order of Graph::outputs
    std::vector<LayerStats> layers;
    double ms = 0.0; // wall time of the whole forward pass

    int64_t denseOps() const;
    int64_t executedOps() const;
};

} // namespace dyve
