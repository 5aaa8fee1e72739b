#pragma once

#include <QList>
#include <QRectF>

namespace adesk {

/// One occurrence of the searched text: the page (0-based) and its box in page points
/// (1/72 inch, in the page's own orientation, i.e. the page's /Rotate already applied).
struct SearchHit {
    int page = -1;
    QRectF rectPoints;
    /// Second part of a match that runs from the end of one line onto the next; null otherwise.
    QRectF continuationPoints;

    friend bool operator==(const SearchHit &a, const SearchHit &b) = default;
};

} // namespace adesk
