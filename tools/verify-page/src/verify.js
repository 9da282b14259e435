// The AICET certificate check, run in the verifier's browser: no server, nothing sent anywhere.
// The page holds the issuer's public key; the payload comes from the address (#…) or is typed in.
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

ed.hashes.sha512 = sha512;

const TEXT = {
  fr: {
    valid: 'Certificat authentique', validA: 'Attestation de participation authentique',
    invalid: 'Non authentique', notOurs: "Ce texte n'est pas un certificat AICET.",
    altered: "La signature ne correspond pas : le document a été modifié, ou ne vient pas de cet émetteur.",
    name: 'Nom', level: 'Niveau', score: 'Score', date: 'Date', id: 'Numéro', bank: 'Banque de questions',
    check: 'Vérifiez que le document montre exactement ceci.',
    revoked: 'Ce document a été révoqué par son émetteur (liste des révocations du %DATE%).',
    list: 'Liste des révocations consultée : celle du %DATE%.',
  },
  en: {
    valid: 'Authentic certificate', validA: 'Authentic participation attestation',
    invalid: 'Not authentic', notOurs: 'This text is not an AICET certificate.',
    altered: 'The signature does not match: the document was changed, or does not come from this issuer.',
    name: 'Name', level: 'Level', score: 'Score', date: 'Date', id: 'Number', bank: 'Question bank',
    check: 'Check that the document shows exactly this.',
    revoked: 'This document was revoked by its issuer (list of revocations of %DATE%).',
    list: 'List of revocations consulted: that of %DATE%.',
  },
};

function base64ToBytes(b64) {
  const normal = b64.replace(/-/g, '+').replace(/_/g, '/');
  const padded = normal + '='.repeat((4 - (normal.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

// An Ed25519 public key in PEM (SubjectPublicKeyInfo): the last 32 bytes are the key.
function publicKeyFromPem(pem) {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  const der = base64ToBytes(body);
  if (der.length !== 44) throw new Error('not an Ed25519 public key');
  return der.slice(12);
}

function bytesToBase64url(bytes) {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// The payload from the text typed in, or from an address (the QR code's: the payload,
// percent-encoded, after '#'). A malformed address is a verdict (null), never an error.
function decoded(encoded) {
  try {
    return decodeURIComponent(encoded);
  } catch (e) {
    return null;
  }
}

function payloadOf(text) {
  const payload = String(text).trim();
  const hash = payload.indexOf('#');
  if (hash >= 0 && payload.includes('://')) return decoded(payload.slice(hash + 1));
  return payload;
}

// The authority's signed list of revoked numbers (revoked.js, beside the page), when it is there
// and its signature holds: AICET-REVOKED1|key id|date|numbers|signature.
function revocations(pem) {
  const list = typeof window !== 'undefined' ? window.aicetRevoked : undefined;
  if (typeof list !== 'string') return null;
  const fields = list.split('|');
  if (fields.length !== 5 || fields[0] !== 'AICET-REVOKED1' || !/^[A-Za-z0-9_-]{86}$/.test(fields[4])) return null;
  try {
    const signature = base64ToBytes(fields[4]);
    if (bytesToBase64url(signature) !== fields[4]) return null;
    const message = new TextEncoder().encode(fields.slice(0, 4).join('|'));
    if (!ed.verify(signature, message, publicKeyFromPem(pem))) return null;
  } catch (e) {
    return null;
  }
  return { date: fields[2], numbers: new Set(fields[3] ? fields[3].split(',') : []) };
}

export function checkPayload(text, pem) {
  const payload = payloadOf(text);
  if (payload === null) return { ok: false, reason: 'notOurs' };
  const fields = payload.split('|');
  if (fields.length !== 10 || fields[0] !== 'AICET1' || !['C', 'A'].includes(fields[1])) {
    return { ok: false, reason: 'notOurs' };
  }
  const message = new TextEncoder().encode(fields.slice(0, 9).join('|'));
  // One encoding only, as AICET writes it: 86 base64url characters, no padding, no spaces, no
  // other alphabet, unused bits zero (the desktop and the command line refuse the same).
  let signature;
  try {
    if (!/^[A-Za-z0-9_-]{86}$/.test(fields[9])) throw new Error('not canonical');
    signature = base64ToBytes(fields[9]);
    if (signature.length !== 64 || bytesToBase64url(signature) !== fields[9]) throw new Error('not canonical');
  } catch (e) {
    return { ok: false, reason: 'altered' };
  }
  let valid = false;
  try {
    valid = signature.length === 64 && ed.verify(signature, message, publicKeyFromPem(pem));
  } catch (e) {
    valid = false;
  }
  const list = valid ? revocations(pem) : null;
  if (list && list.numbers.has(fields[2])) {
    return { ok: false, reason: 'revoked', date: list.date };
  }
  return {
    ok: valid, reason: valid ? '' : 'altered', listDate: list ? list.date : '',
    kind: fields[1], id: fields[2], date: fields[3], name: fields[4], level: fields[5], score: fields[6],
    bank: fields[7] + ' (' + fields[8] + ')', bankKey: fields[7] + ':' + fields[8],
  };
}

// The level's name from the banks the page was made with (never an id, when it is known).
function levelName(result, lang) {
  let levels = {};
  try {
    levels = JSON.parse(document.getElementById('levels').textContent || '{}');
  } catch (e) {
    levels = {};
  }
  const names = (levels[result.bankKey] || {})[result.level];
  return (names && (names[lang] || names.fr)) || result.level;
}

function show(result) {
  const lang = (navigator.language || 'fr').startsWith('fr') ? 'fr' : 'en';
  const t = TEXT[document.documentElement.lang === 'en' ? 'en' : lang];
  const out = document.getElementById('result');
  out.className = result.ok ? 'valid' : 'invalid';
  out.setAttribute('data-verdict', result.ok ? 'VALID' : 'INVALID');
  const title = document.createElement('h2');
  title.textContent = result.ok ? (result.kind === 'C' ? t.valid : t.validA) : t.invalid;
  out.replaceChildren(title);
  if (!result.ok) {
    const p = document.createElement('p');
    p.textContent = t[result.reason].replace('%DATE%', result.date || '');
    out.appendChild(p);
    return;
  }
  const list = document.createElement('dl');
  const rows = [['id', result.id], ['name', result.name], ['date', result.date]];
  if (result.kind === 'C') rows.push(['level', levelName(result, lang)], ['score', result.score]);
  rows.push(['bank', result.bank]);
  for (const [key, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = t[key];
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  out.appendChild(list);
  const check = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = t.check;
  check.appendChild(strong);
  out.appendChild(check);
  if (result.listDate) {
    const consulted = document.createElement('p');
    consulted.textContent = t.list.replace('%DATE%', result.listDate);
    out.appendChild(consulted);
  }
}

// For the test vectors (tests/data/credentials): the same check, callable from a test page.
window.aicetCheckPayload = checkPayload;

function run() {
  const pem = document.getElementById('public-key').textContent;
  const input = document.getElementById('payload');
  document.getElementById('check').addEventListener('click', () => show(checkPayload(input.value, pem)));
  if (location.hash.length > 1) {
    const fromAddress = decoded(location.hash.slice(1));
    input.value = fromAddress === null ? location.hash.slice(1) : fromAddress;
    show(fromAddress === null ? { ok: false, reason: 'notOurs' } : checkPayload(fromAddress, pem));
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
else run();
