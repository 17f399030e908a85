// Stands in for Matomo with cookies (needs consent in Germany): sets its visitor cookie.
document.cookie = '_pk_id.1.demo=' + Math.random().toString(36).slice(2) + '; Path=/; Max-Age=' + 60 * 60 * 24 * 395 + '; SameSite=Lax';
(window.demoLog ||= []).push('audience: Matomo visitor cookie _pk_id set');
document.dispatchEvent(new CustomEvent('demo-log'));
