#pragma once

#include <QString>

namespace adesk {

/// Business Number of a recipient (program account): 9-digit root, 2-letter program identifier,
/// 4-digit reference number, e.g. 123456789RT0001. Source: CRA schema 1-24-1 simple.xsd, bnType
/// ("Root = 999999999, Program ID = AA, Account # = 9999"); CRA "Business number" (BN9 / BN15).
/// The root's last digit is a check digit computed like the SIN's (Luhn, mod 10): 123456782 is a
/// valid root, 123456789 is not. Source: CRA "Business number" (the BN is 9 digits, the ninth a
/// check digit). The same rule is desk.bn_is_valid() / desk.bn9_is_valid() in migration 0012.
class BusinessNumber {
public:
    /// Upper case, spaces and dashes removed.
    static QString normalized(const QString &text);
    /// 9 digits + 2 letters + 4 digits, the root valid (isValidRoot).
    static bool isValid(const QString &text);
    /// 9 digits, not all zeros, with a valid check digit (a BN9 root).
    static bool isValidRoot(const QString &text);
    static QString masked(const QString &text);
};

} // namespace adesk
