#pragma once

#include "models/core/codes.h"

namespace adesk {

/// Who a ledger row, payout, statement or tax slip is for (earnings_ledger.party, payouts.party,
/// tax_profiles.payee_party). Payees are workshops and mechanics; the platform only earns fees.
enum class Party : quint8 { Platform, Workshop, Mechanic };

template <> struct CodeTable<Party> {
    static constexpr const char *context = "Party";
    static constexpr const char *codes[] = {"platform", "workshop", "mechanic"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Party", "Platform"),
                                             QT_TRANSLATE_NOOP("Party", "Workshop"),
                                             QT_TRANSLATE_NOOP("Party", "Mechanic")};
};

/// A payee's key in lists and file names: "W12" for workshop 12, "M7" for mechanic 7.
inline QString payeeKey(Party party, qint64 id) {
    return toCode(party).left(1).toUpper() + QString::number(id);
}

} // namespace adesk
