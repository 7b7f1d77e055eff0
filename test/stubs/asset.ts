/** Static assets are file names under jest. */
export default 'asset-stub';
