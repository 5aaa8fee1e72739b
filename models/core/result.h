#pragma once

#include "models/core/dberror.h"

#include <optional>
#include <utility>

namespace adesk {

/// Either a value or a DbError. Returned (inside a QFuture) by every repository call.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(DbError error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const DbError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DbError m_error;
};

/// For calls that return nothing but may fail.
struct Done {};
using Status = Result<Done>;

} // namespace adesk
