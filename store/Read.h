#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace aicet::store {

/// What a read from the database gave: a value, nothing (the row does not exist), or a failure
/// (the database could not be read: a damaged page, a lost connection). A failed read is never
/// "not found": callers check failed() before found().
template<typename T> class Read
{
public:
    static Read found(T value)
    {
        Read r;
        r.m_value = std::move(value);
        return r;
    }
    static Read notFound() { return Read(); }
    static Read failure(QString error)
    {
        Read r;
        r.m_failed = true;
        r.m_error = std::move(error);
        return r;
    }

    bool failed() const { return m_failed; }
    bool found() const { return m_value.has_value(); }
    /// Whether a value was found (false both when absent and when the read failed).
    explicit operator bool() const { return found(); }
    /// Why the read failed.
    const QString &error() const { return m_error; }

    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    /// By value from a temporary, so that `for (auto &x : *store.events(id))` is safe.
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const std::optional<T> &value() const { return m_value; }

private:
    std::optional<T> m_value;
    bool m_failed = false;
    QString m_error;
};

} // namespace aicet::store
