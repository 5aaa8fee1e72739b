#pragma once

#include <functional>

class QSpinBox;
class QString;

namespace adesk {

/// Gives @p box a unit suffix that agrees with its value ("1 year", "2 years"; "1 an", "2 ans"):
/// @p suffixOf(n) is called now and whenever the value changes, typically
/// `[](int n) { return tr(" year(s)", "spin box suffix", n); }` with plural forms in the catalogues.
void setPluralSuffix(QSpinBox *box, const std::function<QString(int)> &suffixOf);

} // namespace adesk
