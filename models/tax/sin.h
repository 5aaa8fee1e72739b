#pragma once

#include <QString>

namespace adesk {

/// Social Insurance Number. Rule: 9 digits, the last one a Luhn (mod 10) check digit; 000 000 000
/// is not a SIN (CRA uses it in the XML layout for "SIN not provided"), nor is a number starting
/// with 8 (that series is the business numbers', never issued to a person).
/// Sources: CRA "T4A/T4A Summary XML specifications" (sin: 9 digits, zeros when not available);
/// Service Canada, Social Insurance Number — the check digit algorithm (Luhn).
/// The same rule is desk.sin_is_valid() in migrations 0006 and 0012.
class Sin {
public:
    /// Digits of @p text with spaces and dashes removed ("046 454 286" -> "046454286").
    static QString normalized(const QString &text);
    /// Exactly 9 digits after normalisation (the check digit is not looked at).
    static bool isWellFormed(const QString &text);
    /// Well formed, not all zeros, not starting with 8, and the Luhn sum is a multiple of 10.
    static bool isValid(const QString &text);
    /// Well formed and starting with 8: a business number typed where a SIN belongs.
    static bool isBusinessNumberRoot(const QString &text);
    /// Luhn (mod 10) check of a string of digits of any length (false on anything else); the BN's
    /// 9-digit root uses it too.
    static bool luhnValid(const QString &digits);
    /// The check digit the first 8 digits call for (-1 if @p text has fewer than 8 digits).
    static int expectedCheckDigit(const QString &text);
    /// "*** *** 286" (as desk.mask_tax_number).
    static QString masked(const QString &text);
    /// "046 454 286".
    static QString formatted(const QString &text);
};

} // namespace adesk
