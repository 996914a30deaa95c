#pragma once

#include "core/tensor.h"

#include <string>
#include <vector>

namespace dyve {

struct ClassScore {
    int index = 0;
    float score = 0.0f;
};

// The k best classes of sample n of an N×classes output (any shape whose first dimension is the batch),
// best first. Scores are probabilities when the model ends in a softmax; otherwise softmax is applied.
std::vector<ClassScore> topK(const Tensor& output, int k, int n = 0);
// The best class of sample n (topK's first), or -1 when the output has none.
int topClass(const Tensor& output, int n = 0);

} // namespace dyve
