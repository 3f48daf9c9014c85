// Vite's types for the asset imports that bring pdf.js along (?url, ?worker, import.meta.glob).
/// <reference types="vite/client" />
