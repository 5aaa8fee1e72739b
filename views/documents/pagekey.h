#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace adesk {

/// Identifies one rendering of a page: page index, resolution and user rotation. The resolution
/// is kept in hundredths of a dpi so that keys compare exactly.
struct PageKey {
    int page = -1;
    int centiDpi = 0;
    int rotation = 0;

    static PageKey make(int page, double dpi, int rotation) {
        return PageKey{page, qRound(dpi * 100.0), ((rotation % 360) + 360) % 360};
    }
    double dpi() const { return centiDpi / 100.0; }

    friend bool operator==(const PageKey &a, const PageKey &b) = default;
    friend size_t qHash(const PageKey &key, size_t seed = 0) noexcept {
        return qHashMulti(seed, key.page, key.centiDpi, key.rotation);
    }
};

} // namespace adesk
