/** The Frictionless Data library ships no types; the tests use Package.load, valid, errors, getResource. */
declare module 'datapackage';
