#pragma once

#include <QString>

#include <vector>

namespace aicet::cat {

/// Candidates' responses to a bank's items (rows: candidates, columns: bank items in bank
/// order). −1 marks an item not administered.
struct ResponseMatrix
{
    int items = 0;
    std::vector<QString> candidates;
    std::vector<signed char> cells; // row-major, candidates × items

    int at(int candidate, int item) const
    {
        return cells[static_cast<std::size_t>(candidate) * static_cast<std::size_t>(items)
            + static_cast<std::size_t>(item)];
    }
};

} // namespace aicet::cat
