#include "services/Services.h"

namespace aicet::services {

Services::Services(std::unique_ptr<store::Store> store, const Clock *clock, const QString &actor)
    : m_store(std::move(store))
    , m_context{*m_store, clock ? *clock : m_systemClock, m_banks, m_random, actor}
{
    m_banks.setReleaseStore(m_store.get());
}

std::unique_ptr<Services> Services::open(
    const QString &location, const QString &actor, QString *error, const Clock *clock)
{
    auto store = store::Store::open(location, error);
    if (!store) {
        return nullptr;
    }
    return std::unique_ptr<Services>(new Services(std::move(store), clock, actor));
}

} // namespace aicet::services
