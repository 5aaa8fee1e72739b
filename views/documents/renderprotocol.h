#pragma once

#include "views/documents/searchhit.h"

#include <QByteArray>
#include <QDataStream>

#include <optional>

namespace adesk::renderprotocol {

/// The wire format between SandboxedRenderer (the app) and autodoctor-desk-render (the helper),
/// over one AF_UNIX stream socket that is the helper's stdin and stdout.
///
/// A message is FrameMagic, a little-endian quint32 payload length, then the payload: a
/// QDataStream (Qt 6.4 format) starting with the quint8 Op, then the op's fields. The app sends one
/// request and reads its one reply; the helper never speaks first. While a request runs the app may
/// send the single byte CancelByte: the helper's abort check reads it and stops the work; a
/// cancel that arrives after the work ended is skipped before the next frame. Replies to Render
/// carry the image as raw scan lines (width, height, QImage::Format, bytesPerLine, bits), so no
/// encoding or decoding happens on either side.
inline constexpr char FrameMagic = 'M';
inline constexpr char CancelByte = 'C';
/// A payload above this is a protocol error (the largest legal one is a 256 MB upload or a page
/// image below ImageRenderer's 256 MB limit, plus a few fields).
inline constexpr quint32 MaxPayloadBytes = 300u * 1024u * 1024u;
inline constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

enum class Op : quint8 {
    /// QByteArray bytes, QString mime, QString password → qint32 OpenResult, qint32 Kind, QList<QSizeF>
    Open = 1,
    /// qint32 page, double dpi, qint32 rotation → quint8 Status, then on Ok: qint32 width, height,
    /// QImage::Format, qint64 bytesPerLine, the scan lines (QByteArray layout), QByteArray ICC
    /// profile, qint32 dots per metre x, y
    Render = 2,
    PageText = 3, ///< qint32 page → QString text
    Search = 4,   ///< QString text → quint8 Status, QList<SearchHit>
};

/// Outcome of a Render or Search: Aborted after a CancelByte; TooLarge: the page bitmap did not fit
/// in the helper's address space (the helper lives on).
enum class Status : quint8 { Ok = 0, Failed = 1, Aborted = 2, TooLarge = 3 };

/// Exit status of a helper whose allocation failed (operator new's handler), so that the app can
/// tell "needs more memory" from a crash.
inline constexpr int ExitOutOfMemory = 86;
/// Exit status of a helper that could not apply its limits (it refuses to read any input then).
inline constexpr int ExitNoSandbox = 87;
/// How much nicer than the app the helper runs (nice(2) increment, capped at 19 by the kernel): when
/// it and the app's GUI thread both want a core, the GUI thread gets it (issue 19: a helper
/// starting and rendering the first page beside the first rows held the GUI thread off the CPU
/// for 10-25 ms at a time on 2 cores), and a hostile upload cannot starve the desktop either.
inline constexpr int HelperNiceIncrement = 10;

/// Writes a whole frame to fd (blocking). False when the peer is gone.
bool writeFrame(int fd, const QByteArray &payload);
/// Writes one frame whose payload is head, then size bytes at data, then tail: a page image goes
/// out from the QImage's own memory, without a copy into a payload buffer.
bool writeFrame(int fd, const QByteArray &head, const char *data, size_t size, const QByteArray &tail);
/// Reads a whole frame from fd (blocking), skipping CancelBytes before it. nullopt on EOF, a read
/// error or a malformed header.
std::optional<QByteArray> readFrame(int fd);

} // namespace adesk::renderprotocol

QDataStream &operator<<(QDataStream &out, const adesk::SearchHit &hit);
QDataStream &operator>>(QDataStream &in, adesk::SearchHit &hit);
