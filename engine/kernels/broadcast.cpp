#include "kernels/broadcast.h"

#include <algorithm>

namespace dyve {

bool broadcastShapes(const Shape& a, const Shape& b, Shape& out) {
    const size_t rank = std::max(a.size(), b.size());
    Shape result(rank);
    for (size_t i = 0; i < rank; ++i) {
        const int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
        const int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
        if (da != db && da != 1 && db != 1) return false;
        result[i] = da == 1 ? db : da;
    }
    out = std::move(result);
    return true;
}

bool broadcastsTo(const Shape& from, const Shape& to) {
    Shape out;
    return from.size() <= to.size() && broadcastShapes(from, to, out) && out == to;
}

void BinaryBroadcast::plan(const Shape& a, const Shape& b, const Shape& out) {
    m_size = elementCount(out);
    m_dims.clear();
    m_strideA.clear();
    m_strideB.clear();
    const size_t rank = out.size();
    // Operand dimensions aligned on the output's last dimension (missing leading ones are 1).
    auto dimOf = [rank](const Shape& s, size_t i) {
        return i < rank - s.size() ? int64_t(1) : s[i - (rank - s.size())];
    };

    // Merge runs of output dimensions in which each operand is either present throughout or repeated
    // throughout; size-1 output dimensions vanish.
    std::vector<bool> repeatA, repeatB;
    for (size_t i = 0; i < rank; ++i) {
        if (out[i] == 1) continue;
        const bool ra = dimOf(a, i) == 1, rb = dimOf(b, i) == 1;
        if (!m_dims.empty() && repeatA.back() == ra && repeatB.back() == rb) {
            m_dims.back() *= out[i];
        } else {
            m_dims.push_back(out[i]);
            repeatA.push_back(ra);
            repeatB.push_back(rb);
        }
    }
    if (m_dims.empty()) { // a scalar output
        m_dims.push_back(1);
        repeatA.push_back(true);
        repeatB.push_back(true);
    }
    m_strideA.assign(m_dims.size(), 0);
    m_strideB.assign(m_dims.size(), 0);
    int64_t sa = 1, sb = 1;
    for (size_t d = m_dims.size(); d-- > 0;) {
        if (!repeatA[d]) {
            m_strideA[d] = sa;
            sa *= m_dims[d];
        }
        if (!repeatB[d]) {
            m_strideB[d] = sb;
            sb *= m_dims[d];
        }
    }
}

} // namespace dyve
