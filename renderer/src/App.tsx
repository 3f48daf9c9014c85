export function App() {
  return <div>自查通</div>;
}
