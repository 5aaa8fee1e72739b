#pragma once

#include <QString>

namespace adesk {

/// Business Number of a recipient (program account): 9-digit root, 2-letter program identifier,
/// 4-digit reference number, e.g. 123456789RT0001. Source: CRA schema 1-24-1 simple.xsd, bnType
/// ("Root = 999999999, Program ID = AA, Account # = 9999"); CRA "Business number" (BN9 / BN15).
/// The same rule is desk.bn_is_valid() in migration 0006.
class BusinessNumber {
public:
    /// Upper case, spaces and dashes removed.
    static QString normalized(const QString &text);
    /// 9 digits + 2 letters + 4 digits, root not all zeros.
    static bool isValid(const QString &text);
    /// 9 digits (a BN9 root).
    static bool isValidRoot(const QString &text);
    static QString masked(const QString &text);
};

} // namespace adesk
