"""The one entry point the bot calls: ``TrackingService.track(number, carrier=...)``.

It always returns a :class:`Tracking`, never raises a carrier error: a carrier that
is down, slow, over quota or misconfigured yields ``live=False`` with the number and
link (or the last known status from the cache), so a draft can still help the buyer.

Order of decisions for one lookup:

1. the carrier named by the caller (from the Amazon order) wins; detection from the
   number is only a fallback;
2. a fresh cached result (or a terminal one, whatever its age) is returned at once;
3. carriers without an API client get a link-only result;
4. a pause the carrier asked for (429 + Retry-After), its circuit breaker and our
   call budget are consulted; when any says no, the last cached result is served,
   else "unavailable";
5. the client is called; "not found" is an answer (cached), failures are not.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta
from types import TracebackType
from typing import Literal, Protocol, cast, runtime_checkable

from carriers._http import CarrierConfig
from carriers.breaker import CircuitBreaker
from carriers.cache import DEFAULT_QUOTAS, Quota, QuotaGuard, TrackingCache
from carriers.errors import (
    CarrierError,
    CarrierRateLimited,
    CarrierUnavailable,
    TrackingNotFound,
)
from carriers.link_only import API_CARRIERS, link_only_tracking, unrecognised_tracking
from carriers.links import S10_OPERATORS, normalise_number, tracking_url
from carriers.model import Tracking, TrackingStatus

__all__ = [
    "BatchClient",
    "CarrierClient",
    "CarrierConfig",
    "TrackingObserver",
    "TrackingService",
    "build_clients",
    "build_service",
]

log = logging.getLogger(__name__)

# How long to leave a carrier alone after a 429 that named no Retry-After.
_DEFAULT_PAUSE = 60.0

# Carrier codes whose parcels one of our API clients can track.
_API_ALIASES: Mapping[str, str] = {"dhl_paket": "dhl", "dhl_express": "dhl"}


class TrackingObserver(Protocol):
    """Told what the service does, for an application's metrics (the bot's Prometheus)."""

    def cache_hit(self, carrier: str) -> None: ...

    def called(self, carrier: str, outcome: str) -> None:
        """One request to the carrier: ``ok``, ``unavailable``, ``rate_limited``, ``error``."""
        ...

    def breaker(self, carrier: str, state: str) -> None:
        """The carrier's circuit breaker after a request or a refusal: closed, half_open,
        open."""
        ...


class _Unobserved:
    def cache_hit(self, carrier: str) -> None:
        pass

    def called(self, carrier: str, outcome: str) -> None:
        pass

    def breaker(self, carrier: str, state: str) -> None:
        pass


class CarrierClient(Protocol):
    carrier: str

    def track(self, number: str, *, now: datetime) -> Tracking: ...

    def close(self) -> None: ...


@runtime_checkable
class BatchClient(CarrierClient, Protocol):
    """A client whose API answers several numbers a request (FedEx)."""

    max_per_request: int

    def track_many(self, numbers: Iterable[str], *, now: datetime) -> dict[str, Tracking]: ...


class TrackingService:
    """Thread-safe; share one per process."""

    def __init__(
        self,
        clients: Mapping[str, CarrierClient],
        *,
        clock: Callable[[], datetime],
        cache: TrackingCache | None = None,
        quotas: Mapping[str, Quota] | None = None,
        breaker_threshold: int = 5,
        breaker_cooldown: float = 60.0,
        max_workers: int = 16,
        unconfigured_note: Mapping[str, str] | None = None,
        observer: TrackingObserver | None = None,
    ) -> None:
        self._clients = dict(clients)
        self.observer: TrackingObserver = observer or _Unobserved()
        self._clock = clock
        self.cache = cache if cache is not None else TrackingCache()
        chosen = DEFAULT_QUOTAS if quotas is None else quotas
        self._quotas = {code: QuotaGuard(q) for code, q in chosen.items()}
        self._breakers = {
            code: CircuitBreaker(code, threshold=breaker_threshold, cooldown=breaker_cooldown)
            for code in self._clients
        }
        self._unconfigured = dict(unconfigured_note or {})
        self._max_workers = max_workers
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._inflight: dict[tuple[str, str], threading.Lock] = {}
        self._detected: dict[str, str | None] = {}
        self._paused_until: dict[str, datetime] = {}

    # -- public -----------------------------------------------------------------

    def track(self, number: str, *, carrier: str | None = None) -> Tracking:
        """The current tracking of ``number``; ``carrier`` is a code or a name ("UPS")."""
        normalised = normalise_number(number)
        if not normalised:
            raise ValueError("empty tracking number: give the number printed on the label")
        code = self._carrier_for(normalised, carrier)
        now = self._clock()
        if code is None:
            return unrecognised_tracking(normalised, now=now)
        api = _API_ALIASES.get(code, code)
        hit = self.cache.fresh(api, normalised, now)
        if hit is not None:
            self.observer.cache_hit(api)
            return hit
        client = self._clients.get(api)
        if client is None:
            return link_only_tracking(
                code, normalised, now=now, note=self._unconfigured.get(api, "")
            )
        # One request per number at a time: a burst of messages about the same parcel
        # must not spend the USPS/DHL budget several times over.
        with self._key_lock(api, normalised):
            hit = self.cache.fresh(api, normalised, self._clock())
            if hit is not None:
                self.observer.cache_hit(api)
                return hit
            return self._fetch(client, api, normalised)

    def track_many(self, items: Iterable[str | tuple[str, str | None]]) -> dict[str, Tracking]:
        """Several lookups at once, concurrently; keyed by the number as given.

        Numbers for a carrier whose API takes several a request (FedEx) go in batches,
        so 30 FedEx parcels cost one call instead of thirty.  An empty number raises
        ValueError, as in :meth:`track`.
        """
        pairs = [(i, None) if isinstance(i, str) else i for i in items]
        if not pairs:
            return {}
        pool = self._executor()
        now = self._clock()
        batches: dict[str, list[str]] = {}
        keys: dict[str, str | None] = {}
        for number, carrier in pairs:
            normalised = normalise_number(number)
            code = self._carrier_for(normalised, carrier) if normalised else None
            api = keys[number] = _API_ALIASES.get(code, code) if code else None
            client = self._clients.get(api) if api else None
            if (
                api is not None
                and isinstance(client, BatchClient)
                and self.cache.fresh(api, normalised, now) is None
            ):
                batches.setdefault(api, [])
                if normalised not in batches[api]:
                    batches[api].append(normalised)
        batched = {api: numbers for api, numbers in batches.items() if len(numbers) > 1}
        in_batch = {(api, n) for api, numbers in batched.items() for n in numbers}
        batch_futures = [
            pool.submit(self._fetch_batch, cast(BatchClient, self._clients[api]), api, numbers)
            for api, numbers in batched.items()
        ]
        # Everything else runs alongside the batches, one lookup per worker.
        singles = {
            n: pool.submit(self.track, n, carrier=c)
            for n, c in pairs
            if (keys.get(n), normalise_number(n)) not in in_batch
        }
        answered: dict[str, Tracking] = {}
        for future in batch_futures:
            answered |= future.result()
        return {
            n: singles[n].result() if n in singles else answered[normalise_number(n)]
            for n, _ in pairs
        }

    def breaker(self, carrier: str) -> CircuitBreaker:
        return self._breakers[carrier]

    @property
    def carriers(self) -> frozenset[str]:
        """Carriers tracked live through an API client."""
        return frozenset(self._clients)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        for client in self._clients.values():
            client.close()

    def __enter__(self) -> TrackingService:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals --------------------------------------------------------------

    def _carrier_for(self, number: str, given: str | None) -> str | None:
        if given and given.strip():
            from carriers.names import carrier_code

            code = carrier_code(given)
            if code is not None:
                return code
            cleaned = given.strip().lower()
            if cleaned in API_CARRIERS or tracking_url(cleaned, number):
                return cleaned
            # A name we do not know ("Hermes UK"): the number may still tell us.
        try:
            return self._detected[number]
        except KeyError:
            pass
        from carriers.detect import best

        match = best(number)
        found = match.carrier if match is not None else None
        if found == "s10":
            # The post of the country an S10 item ends in tracks it: USPS (an API
            # client) for ...US, PostNL for ...NL.
            found = S10_OPERATORS.get(number[-2:], found)
        with self._lock:
            if len(self._detected) > 50_000:
                self._detected.clear()
            self._detected[number] = found
        return found

    def _key_lock(self, carrier: str, number: str) -> threading.Lock:
        with self._lock:
            lock = self._inflight.get((carrier, number))
            if lock is None:
                if len(self._inflight) > 10_000:
                    self._inflight = {k: v for k, v in self._inflight.items() if v.locked()}
                lock = self._inflight[(carrier, number)] = threading.Lock()
            return lock

    def _fallback(self, carrier: str, number: str, now: datetime, note: str) -> Tracking:
        """The last known status if we have one, else number and link only."""
        last = self.cache.last(carrier, number)
        if last is not None:
            return last
        return Tracking.unavailable(
            carrier, number, now=now, tracking_url=tracking_url(carrier, number), note=note
        )

    def _fetch(self, client: CarrierClient, carrier: str, number: str) -> Tracking:
        def one(now: datetime) -> dict[str, Tracking]:
            try:
                return {number: client.track(number, now=now)}
            except TrackingNotFound:
                return {number: self._not_found(carrier, number, now)}

        return self._guarded(carrier, [number], one, calls=1)[number]

    def _fetch_batch(
        self, client: BatchClient, carrier: str, numbers: list[str]
    ) -> dict[str, Tracking]:
        """Numbers of one carrier whose API takes many a request (FedEx: 30)."""

        def many(now: datetime) -> dict[str, Tracking]:
            return client.track_many(numbers, now=now)

        requests = -(-len(numbers) // client.max_per_request)
        return self._guarded(carrier, numbers, many, calls=requests)

    def _guarded(
        self,
        carrier: str,
        numbers: list[str],
        request: Callable[[datetime], dict[str, Tracking]],
        *,
        calls: int,
    ) -> dict[str, Tracking]:
        """Ask the carrier unless a pause, the breaker or the budget says no; cache answers."""
        now = self._clock()

        def fallback(note: str) -> dict[str, Tracking]:
            return {n: self._fallback(carrier, n, now, note) for n in numbers}

        paused_until = self._paused_until.get(carrier)
        if paused_until is not None and now < paused_until:
            wait = (paused_until - now).total_seconds()
            return fallback(f"{carrier}: rate limited, retry in {wait:.0f} s")
        breaker = self._breakers[carrier]
        try:
            trial = breaker.acquire()
        except CarrierUnavailable as exc:
            self.observer.breaker(carrier, breaker.state.value)
            return fallback(str(exc))
        guard = self._quotas.get(carrier)
        if guard is not None and not guard.try_acquire(now, calls):
            breaker.release(trial)
            wait = guard.retry_after(now)
            log.warning("%s call budget used up; next call in %.0f s", carrier, wait)
            return fallback(f"{carrier}: call budget used up, retry in {wait:.0f} s")
        try:
            answers = request(now)
        except CarrierUnavailable as exc:
            breaker.failure(trial)
            self._observe(carrier, "unavailable")
            log.warning("%s", exc)
            return fallback(str(exc))
        except CarrierRateLimited as exc:
            # The carrier is up but said "not now": do not ask again before it allows.
            breaker.success(trial)
            self._observe(carrier, "rate_limited")
            wait = exc.retry_after if exc.retry_after is not None else _DEFAULT_PAUSE
            with self._lock:
                self._paused_until[carrier] = now + timedelta(seconds=wait)
            log.warning("%s", exc)
            return fallback(str(exc))
        except CarrierError as exc:
            # Credentials refused: every call would fail the same way until an operator
            # fixes the settings, so it counts towards opening the circuit.
            breaker.failure(trial)
            self._observe(carrier, "error")
            log.warning("%s", exc)
            return fallback(str(exc))
        except BaseException:
            breaker.release(trial)
            raise
        breaker.success(trial)
        self._observe(carrier, "ok")
        out: dict[str, Tracking] = {}
        for number in numbers:
            tracking = answers.get(number) or self._not_found(carrier, number, now)
            if tracking.number != number:
                tracking = replace(tracking, number=number)
            self.cache.put(tracking)
            out[number] = tracking
        return out

    def _observe(self, carrier: str, outcome: str) -> None:
        self.observer.called(carrier, outcome)
        self.observer.breaker(carrier, self._breakers[carrier].state.value)

    @staticmethod
    def _not_found(carrier: str, number: str, now: datetime) -> Tracking:
        return Tracking(
            carrier,
            number,
            TrackingStatus.NOT_FOUND,
            fetched_at=now,
            tracking_url=tracking_url(carrier, number),
        )

    def _executor(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(
                    max_workers=self._max_workers, thread_name_prefix="tracking"
                )
            return self._pool


def build_clients(
    configs: Mapping[str, CarrierConfig], *, usps_api: Literal["v3", "v3r2"] = "v3"
) -> dict[str, CarrierClient]:
    """An API client for every carrier in ``configs`` (keys: ups, usps, fedex, dhl)."""
    from carriers.dhl import DhlClient
    from carriers.fedex import FedexClient
    from carriers.ups import UpsClient
    from carriers.usps import UspsClient

    unknown = set(configs) - API_CARRIERS
    if unknown:
        raise ValueError(f"no API client for {', '.join(sorted(unknown))}")
    clients: dict[str, CarrierClient] = {}
    if "ups" in configs:
        clients["ups"] = UpsClient(configs["ups"])
    if "usps" in configs:
        clients["usps"] = UspsClient(configs["usps"], api=usps_api)
    if "fedex" in configs:
        clients["fedex"] = FedexClient(configs["fedex"])
    if "dhl" in configs:
        clients["dhl"] = DhlClient(configs["dhl"])
    return clients


def build_service(
    configs: Mapping[str, CarrierConfig],
    *,
    clock: Callable[[], datetime],
    fresh_for: timedelta = timedelta(minutes=15),
    quotas: Mapping[str, Quota] | None = None,
    usps_api: Literal["v3", "v3r2"] = "v3",
    breaker_threshold: int = 5,
    breaker_cooldown: float = 60.0,
    unconfigured_note: Mapping[str, str] | None = None,
    max_workers: int = 16,
    observer: TrackingObserver | None = None,
) -> TrackingService:
    """A service with one client per configured carrier; the rest are link-only."""
    return TrackingService(
        build_clients(configs, usps_api=usps_api),
        clock=clock,
        cache=TrackingCache(fresh_for),
        quotas=quotas,
        breaker_threshold=breaker_threshold,
        breaker_cooldown=breaker_cooldown,
        unconfigured_note=unconfigured_note,
        max_workers=max_workers,
        observer=observer,
    )
